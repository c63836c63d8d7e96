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

	private final StepTimings timings;

	private final String appId;

	private Iterator<Request> requests;

	AppRequests(Supplier<List<Request>> plan, StepTimings timings, String appId) {
		this.plan = plan;
		this.timings = timings;
		this.appId = appId;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.requests = this.plan.get().iterator();
	}

	@Override
	public Request read() {
		if (this.requests == null) {
			throw new IllegalStateException("the requests of app " + this.appId + " are read before they are planned");
		}
		if (!this.requests.hasNext()) {
			return null;
		}
		this.timings.reading();
		return this.requests.next();
	}

}
