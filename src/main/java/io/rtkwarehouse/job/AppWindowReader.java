package io.rtkwarehouse.job;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the windows (of either dataset) that one app's step fetches. They are planned
 * when the step opens its streams, before the first chunk: planned on the first read, the
 * planner's queries would open the chunk's transaction on the server, which would then
 * sit idle in transaction while the whole chunk is fetched (a minute at the default
 * budget), and a server's {@code idle_in_transaction_session_timeout} would end the run.
 */
class AppWindowReader<W> implements ItemStreamReader<W> {

	private final Supplier<List<W>> plan;

	private final StepTimings timings;

	private final String appId;

	private Iterator<W> windows;

	AppWindowReader(Supplier<List<W>> plan, StepTimings timings, String appId) {
		this.plan = plan;
		this.timings = timings;
		this.appId = appId;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.windows = this.plan.get().iterator();
	}

	@Override
	public W read() {
		if (this.windows == null) {
			throw new IllegalStateException("the windows of app " + this.appId + " are read before they are planned");
		}
		if (!this.windows.hasNext()) {
			return null;
		}
		this.timings.reading();
		return this.windows.next();
	}

}
