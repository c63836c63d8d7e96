package io.rtkwarehouse.source;

import java.util.concurrent.TimeUnit;

import io.rtkwarehouse.source.QuotaHeaders.Quota;
import io.rtkwarehouse.source.QuotaPacing.Pace;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pace from the quota headers, at given instants: no clock, no sleeping.
 */
class QuotaPacingTests {

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	/** The pace without a policy in these tests: 2 per second. */
	private static final long UNPOLICED = SECOND / 2;

	private final QuotaPacing pacing = new QuotaPacing(0.1, 4, UNPOLICED);

	/** 4 per second less the reserve of 10%. */
	private static final long FOUR_PER_SECOND_LESS_RESERVE = (long) Math.ceil(SECOND / 3.6);

	@Test
	void spreadsWhatIsLeftLessTheReserveOverTheTimeUntilTheReset() {
		Pace pace = this.pacing.observe(quota("\"default\";r=1200;t=300", "\"default\";q=1200;w=300"), 0, 0);

		// (1200 - 120) over 300 s: 3.6 per second.
		assertThat(pace.perSecond()).isCloseTo(3.6, org.assertj.core.data.Offset.offset(0.05));
		assertThat(pace.holdUntilNanos()).isEqualTo(Long.MIN_VALUE);
	}

	@Test
	void aQuotaThatResetsNowIsNoLicenceToGoFasterThanItsPolicy() {
		Pace pace = this.pacing.observe(quota("\"default\";r=1200;t=0", "\"default\";q=4;w=1"), 0, 0);

		assertThat(pace.intervalNanos()).isGreaterThanOrEqualTo(FOUR_PER_SECOND_LESS_RESERVE);
		for (int request = 1; request < 40; request++) {
			long now = request * TimeUnit.MILLISECONDS.toNanos(25);
			pace = this.pacing.observe(quota("\"default\";r=1200;t=0", "\"default\";q=4;w=1"), request, now);
			assertThat(pace.intervalNanos()).isGreaterThanOrEqualTo(FOUR_PER_SECOND_LESS_RESERVE);
		}
	}

	@Test
	void withoutAnyPolicyWhatIsLeftNeverGoesFasterThanThePaceWithoutAQuota() {
		Pace pace = this.pacing.observe(quota("\"default\";r=999999999999999;t=0", null), 0, 0);

		assertThat(pace.intervalNanos()).isEqualTo(UNPOLICED);
	}

	@Test
	void aPolicyThatDisappearsStaysTheCeiling() {
		this.pacing.observe(quota("\"default\";r=4;t=1", "\"default\";q=4;w=1"), 0, 0);

		Pace pace = this.pacing.observe(quota("\"default\";r=1200;t=0", null), 1, SECOND);

		assertThat(pace.intervalNanos()).isGreaterThanOrEqualTo(FOUR_PER_SECOND_LESS_RESERVE);
		assertThat(this.pacing.policyIntervalNanos()).isEqualTo(FOUR_PER_SECOND_LESS_RESERVE);
	}

	@Test
	void anInsanePolicyKeepsTheLastSaneOne() {
		this.pacing.observe(quota("\"default\";r=4;t=1", "\"default\";q=4;w=1"), 0, 0);

		for (String insane : new String[] { "\"default\";q=0;w=1", "\"default\";q=4;w=0",
				"\"default\";q=999999999999999;w=1", "\"default\";q=-4;w=1", "\"default\";q=4.5;w=1" }) {
			Pace pace = this.pacing.observe(quota("\"default\";r=1200;t=0", insane), 1, SECOND);
			assertThat(pace.intervalNanos()).as(insane).isGreaterThanOrEqualTo(FOUR_PER_SECOND_LESS_RESERVE);
		}
	}

	@Test
	void aSanePolicyThatChangesMidRunCountsFromThenAsANewWindow() {
		this.pacing.observe(quota("\"default\";r=1199;t=300", "\"default\";q=1200;w=300"), 0, 0);

		Pace pace = this.pacing.observe(quota("\"default\";r=60;t=60", "\"default\";q=60;w=60"), 1, SECOND);

		// 60 per minute less the reserve: 0.9 per second.
		assertThat(pace.intervalNanos()).isGreaterThanOrEqualTo((long) (SECOND / 0.9));
		assertThat(pace.holdUntilNanos()).isEqualTo(Long.MIN_VALUE);
	}

	@Test
	void aSpentQuotaHoldsEveryRequestUntilItsResetAndThenGoesAtThePolicy() {
		long now = 5 * SECOND;

		Pace pace = this.pacing.observe(quota("\"default\";r=0;t=86400", "\"default\";q=1200;w=300"), 0, now);

		assertThat(pace.holdUntilNanos())
			.isEqualTo(now + TimeUnit.SECONDS.toNanos(86400) + QuotaPacing.RESET_MARGIN_NANOS);
		assertThat(pace.intervalNanos()).isEqualTo((long) Math.ceil(300 * SECOND / 1080.0));
	}

	@Test
	void aSpentQuotaThatResetsNowHoldsOnlyTheMarginAndKeepsThePolicysPace() {
		Pace pace = this.pacing.observe(quota("\"default\";r=0;t=0", "\"default\";q=4;w=1"), 0, 0);

		assertThat(pace.holdUntilNanos()).isEqualTo(QuotaPacing.RESET_MARGIN_NANOS);
		assertThat(pace.intervalNanos()).isEqualTo(FOUR_PER_SECOND_LESS_RESERVE);
	}

	@Test
	void aResetTooFarToCountHoldsForTheLongestWaitWithoutOverflowing() {
		long now = 7 * SECOND;

		Pace pace = this.pacing.observe(quota("\"default\";r=0;t=999999999999999", "\"default\";q=1200;w=300"), 0, now);

		assertThat(pace.holdUntilNanos())
			.isEqualTo(now + Pauses.LONGEST_WAIT.toNanos() + QuotaPacing.RESET_MARGIN_NANOS);
	}

	@Test
	void nearTheEndOfTheNanosecondCounterAHoldSaturatesRatherThanWrapIntoThePast() {
		long now = Long.MAX_VALUE - SECOND;

		Pace pace = this.pacing.observe(quota("\"default\";r=0;t=86400", "\"default\";q=1200;w=300"), 0, now);

		assertThat(pace.holdUntilNanos()).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void aResetLongerThanTheWindowSpreadsWhatIsLeftOverItSlower() {
		Pace pace = this.pacing.observe(quota("\"default\";r=1200;t=3000", "\"default\";q=1200;w=300"), 0, 0);

		// (1200 - 120) over 3000 s: 0.36 per second, not the policy's 3.6.
		assertThat(pace.perSecond()).isLessThan(0.4);
	}

	@Test
	void aSlowSanePolicyIsAPaceThatSlow() {
		Pace pace = this.pacing.observe(quota("\"default\";r=1;t=86400", "\"default\";q=1;w=86400"), 0, 0);

		// The one request left is the reserve: held until the reset, then one a day.
		assertThat(pace.holdUntilNanos()).isGreaterThan(TimeUnit.HOURS.toNanos(24));
		assertThat(pace.intervalNanos()).isGreaterThan(TimeUnit.HOURS.toNanos(24));
	}

	@Test
	void everyIntervalIsBoundedByTheLongestWait() {
		QuotaPacing keepingAlmostAll = new QuotaPacing(0.9999999999, 4, UNPOLICED);

		Pace pace = keepingAlmostAll.observe(quota("\"default\";r=0;t=1", "\"default\";q=1;w=31536000"), 0, 0);

		assertThat(pace.intervalNanos()).isEqualTo(Pauses.LONGEST_WAIT.toNanos());
	}

	private static Quota quota(String ratelimit, String policy) {
		return QuotaHeaders.read(ratelimit, policy);
	}

}
