package io.rtkwarehouse.source;

import java.util.function.LongConsumer;

import okhttp3.Call;
import okhttp3.EventListener;

import org.springframework.stereotype.Component;

/**
 * Tells the rate budget when a request actually leaves, which can be well after its start
 * slot: a new connection, a cold JIT or a busy core all delay it. OkHttp runs a call on
 * the thread that made it, so the departure is reported to whatever that thread expects.
 */
@Component
class Departures extends EventListener {

	private final ThreadLocal<LongConsumer> expected = new ThreadLocal<>();

	/**
	 * The requests this thread makes until {@link #clear()} report their departure here.
	 */
	void expect(LongConsumer onDeparture) {
		this.expected.set(onDeparture);
	}

	void clear() {
		this.expected.remove();
	}

	@Override
	public void requestHeadersStart(Call call) {
		LongConsumer onDeparture = this.expected.get();
		if (onDeparture != null) {
			onDeparture.accept(System.nanoTime());
		}
	}

}
