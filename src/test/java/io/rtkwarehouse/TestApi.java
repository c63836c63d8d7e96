package io.rtkwarehouse;

import java.time.Duration;
import java.util.Set;

import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.RangeRules;
import io.rtkwarehouse.simulator.ScriptedAnswers;

/**
 * The one API simulator of a test JVM: Spring test contexts are cached by their
 * properties, so its base URL must not change between tests. {@link #reset()} puts every
 * knob back; {@link #scripted()} holds its scripted faults and numbers.
 */
public final class TestApi {

	private static ApiSimulator simulator;

	private static ScriptedAnswers scripted;

	private TestApi() {
	}

	public static synchronized ApiSimulator simulator() {
		if (simulator == null) {
			simulator = ApiSimulator.start(0);
			scripted = ScriptedAnswers.installOn(simulator);
			Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
		}
		return simulator;
	}

	/** The scripted answers of {@link #simulator()}, emptied by {@link #reset()}. */
	public static synchronized ScriptedAnswers scripted() {
		simulator();
		return scripted;
	}

	/**
	 * The simulator with its defaults: two apps, no latency, no faults, no quota, fresh
	 * counters.
	 */
	public static ApiSimulator reset() {
		ApiSimulator api = simulator();
		api.token(ApiSimulator.DEFAULT_TOKEN)
			.accounts(null)
			.account(ApiSimulator.DEFAULT_ACCOUNT)
			.apps(ApiSimulator.apps(2))
			.timeFormat(ApiSimulator.TimeFormat.EPOCH_SECONDS)
			.latency(Duration.ZERO)
			.serverErrorShare(0)
			.tooManyRequestsShare(0)
			.retryAfterSeconds(1)
			.rateLimit(0)
			.brokenBodyShare(0)
			.unsuccessfulShare(0)
			.slowShare(0)
			.slowDelay(Duration.ofSeconds(2))
			.hugeBodyShare(0)
			.hugeBodyBytes(50L * 1024 * 1024)
			.trickleShare(0)
			.trickleFor(Duration.ofSeconds(30))
			.trickleEvery(Duration.ofMillis(500))
			.chunked(false)
			.seed(ApiSimulator.DEFAULT_SEED)
			.hook(scripted().clearFaults().clearOverrides())
			.stats()
			.reset();
		api.quota().reset();
		api.rules()
			.retention(Duration.ZERO)
			.maxRange(Duration.ZERO)
			.ignoreRange(false)
			.unreadableTime(RangeRules.UnreadableTime.REFUSE)
			.spansLie(false);
		api.activity().mix(null).countOverlapping(false).endInclusive(false);
		api.daywise().disagreeOn(Set.of()).omitUsageDays(Set.of()).unknownOn(Set.of());
		return api;
	}

}
