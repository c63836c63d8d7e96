package io.rtkwarehouse.job;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import io.rtkwarehouse.dataset.Request;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the requests that one app's step of a dataset makes. They are planned when the
 * step opens its streams, before the first chunk: planned on the first read, the
 * planner's queries would open the chunk's transaction on the server, which would then
 * sit idle in transaction while the whole chunk is fetched (a minute at the default
 * budget), and a server's {@code idle_in_transaction_session_timeout} would end the run.
 */
class AppRequests implements ItemStreamReader<Request> {

	private final Supplier<List<Request>> plan;

	private final java.util.function.Function<List<Request>, List<Request>> afterwards;

	private List<Request> planned;

	private boolean after;

	private final StepTimings timings;

	private final String appId;

	private Iterator<Request> requests;

	/**
	 * @param afterwards the requests to add once the planned ones are read, given those
	 * (asked once, at the end: see {@link Planner#afterwards})
	 */
	AppRequests(Supplier<List<Request>> plan, java.util.function.Function<List<Request>, List<Request>> afterwards,
			StepTimings timings, String appId) {
		this.plan = plan;
		this.afterwards = afterwards;
		this.timings = timings;
		this.appId = appId;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.planned = this.plan.get();
		this.requests = this.planned.iterator();
		this.after = false;
	}

	@Override
	public Request read() {
		if (this.requests == null) {
			throw new IllegalStateException("the requests of app " + this.appId + " are read before they are planned");
		}
		if (!this.requests.hasNext() && !this.after) {
			this.after = true;
			this.requests = this.afterwards.apply(this.planned).iterator();
		}
		if (!this.requests.hasNext()) {
			return null;
		}
		this.timings.reading();
		return this.requests.next();
	}

}
