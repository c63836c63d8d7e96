package io.rtkwarehouse.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rtkwarehouse.config.RtkProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The waits the server asks for and their one limit, rtk.rate.max-pause: decided at once,
 * never waited for here.
 */
class PausesTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

	private final RateBudget budget = new RateBudget(null, 4, 0.1, Duration.ofMinutes(15), CLOCK);

	private final SourceStats stats = new SourceStats(new SimpleMeterRegistry());

	private final Pauses pauses = pauses(Duration.ofMinutes(5));

	@Test
	void a429AskingForLongerThanTheMaxPauseEndsTheRunInOneLineNamingTheHeader() {
		assertThatExceptionOfType(QuotaPauseTooLongException.class)
			.isThrownBy(() -> this.pauses.retryAfter("the app list", 429, List.of("3600")))
			.withMessage("HTTP 429 (rate limited) while fetching the app list: the API asks to wait 60 min"
					+ " (retry-after: 3600), until 2026-03-01T11:00:00Z, longer than rtk.rate.max-pause (15 min);"
					+ " the run stops instead of waiting");
		assertThatExceptionOfType(FetchStoppedException.class).isThrownBy(this.budget::acquire);
		assertThat(this.stats.tooManyRequests()).isOne();
	}

	@Test
	void theLongestRetryAfterIsAWaitOfAYearNotAnOverflow() {
		assertThatExceptionOfType(QuotaPauseTooLongException.class)
			.isThrownBy(() -> this.pauses.retryAfter("x", 429, List.of("99999999999999999999")))
			.withMessageContaining("wait 365 d (retry-after: 99999999999999999999), until 2027-03-01T10:00:00Z");
	}

	@Test
	void anHttpDateIsNamedAsItCame() {
		assertThatExceptionOfType(QuotaPauseTooLongException.class)
			.isThrownBy(() -> this.pauses.retryAfter("x", 429, List.of("Fri, 31 Dec 9999 23:59:59 GMT")))
			.withMessageContaining("wait 365 d (retry-after: Fri, 31 Dec 9999 23:59:59 GMT), until");
	}

	@Test
	void a429WithoutRetryAfterWaitsForTheQuotasResetAndNamesIt() {
		QuotaHeaders.Quota quota = QuotaHeaders.read("\"default\";r=0;t=86400", null);

		assertThatExceptionOfType(QuotaPauseTooLongException.class)
			.isThrownBy(() -> this.pauses.tooManyRequests("x", null, quota))
			.withMessageContaining("wait 24 h (no retry-after; Ratelimit: \"default\";r=0;t=86400)");
	}

	@Test
	void a429WithoutAnyHeaderWaitsTheConfiguredPauseAndNamesTheSetting() {
		Pauses hourWithoutHeaders = pauses(Duration.ofHours(1));

		assertThatExceptionOfType(QuotaPauseTooLongException.class)
			.isThrownBy(() -> hourWithoutHeaders.tooManyRequests("x", null, null))
			.withMessageContaining("wait 60 min (no retry-after nor quota: rtk.rate.pause-without-retry-after)");
	}

	@Test
	void a429WithinTheMaxPauseHoldsEveryRequestAtLeastASecond() {
		Duration retryAfter = this.pauses.retryAfter("x", 429, List.of("0"));
		this.pauses.tooManyRequests("x", retryAfter, null);

		assertThat(retryAfter).isZero();
		assertThat(this.stats.paused()).isGreaterThan(Duration.ofMillis(900));
	}

	@Test
	void anotherFailuresRetryAfterCountsAgainstTheMaxPauseToo() {
		assertThatExceptionOfType(QuotaPauseTooLongException.class)
			.isThrownBy(() -> this.pauses.retryAfter("app a 2024-01-01", 503, List.of("86400")))
			.withMessageStartingWith(
					"HTTP 503 while fetching app a 2024-01-01: the API asks to wait 24 h (retry-after: 86400)");
	}

	@Test
	void anotherFailuresShortRetryAfterIsLeftToTheRetry() {
		assertThat(this.pauses.retryAfter("x", 503, List.of("30"))).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.stats.paused()).isZero();
	}

	@Test
	void aRetryAfterOnAnAnswerThatIsNotRetriedIsNoWaitToLimit() {
		assertThat(this.pauses.retryAfter("x", 200, List.of("86400"))).isEqualTo(Duration.ofDays(1));
		assertThat(this.pauses.retryAfter("x", 404, List.of("86400"))).isEqualTo(Duration.ofDays(1));
	}

	@Test
	void garbageRetryAfterIsNone() {
		assertThat(this.pauses.retryAfter("x", 429, List.of("-5"))).isNull();
		assertThat(this.pauses.retryAfter("x", 503, List.of("1.5"))).isNull();
	}

	@Test
	void waitsReadAsPeopleReadThem() {
		assertThat(Pauses.human(Duration.ofMillis(50))).isEqualTo("50 ms");
		assertThat(Pauses.human(Duration.ofSeconds(90))).isEqualTo("90 s");
		assertThat(Pauses.human(Duration.ofMinutes(90))).isEqualTo("90 min");
		assertThat(Pauses.human(Duration.ofHours(24))).isEqualTo("24 h");
		assertThat(Pauses.human(Duration.ofSeconds(86400).minusMillis(400))).isEqualTo("24 h");
		assertThat(Pauses.human(Duration.ofSeconds(3592))).isEqualTo("60 min");
		assertThat(Pauses.human(Pauses.LONGEST_WAIT)).isEqualTo("365 d");
	}

	@Test
	void addingNanosecondsSaturatesRatherThanWrap() {
		assertThat(Pauses.later(Long.MAX_VALUE - 5, 10)).isEqualTo(Long.MAX_VALUE);
		assertThat(Pauses.later(-5, 10)).isEqualTo(5);
		assertThat(Pauses.later(Long.MAX_VALUE, 0)).isEqualTo(Long.MAX_VALUE);
	}

	private Pauses pauses(Duration withoutRetryAfter) {
		RtkProperties.Rate rate = new RtkProperties.Rate("auto", 4, withoutRetryAfter, 0.1, Duration.ofMinutes(15));
		return new Pauses(rate, () -> this.budget, this.stats, CLOCK);
	}

}
