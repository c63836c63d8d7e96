package io.rtkwarehouse.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class RateBudgetTests {

	private static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(1025);

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void spacesRequestsEvenlyAtTheBudget() throws InterruptedException {
		RateBudget budget = new RateBudget(50, 4);
		long start = System.nanoTime();

		for (int i = 0; i < 11; i++) {
			budget.release(budget.acquire());
		}

		// 11 requests at 50 per 1.025 s: the last one starts 10 intervals (205 ms) after
		// the first.
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
	}

	@Test
	void neverMoreThanTheBudgetLeaveInAnySecondWhateverTheirDelays() throws Exception {
		int perSecond = 50;
		RateBudget budget = new RateBudget(perSecond, 16);
		List<Long> departures = Collections.synchronizedList(new ArrayList<>());
		ExecutorService threads = Executors.newFixedThreadPool(16);
		List<Future<?>> work = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			work.add(threads.submit(() -> {
				ThreadLocalRandom random = ThreadLocalRandom.current();
				for (int request = 0; request < 10; request++) {
					RateBudget.Start start = budget.acquire();
					// Most requests leave at once or a few milliseconds late; some
					// much later (a new connection, a busy core).
					Thread.sleep((random.nextInt(3) == 0) ? 300 : random.nextInt(5));
					long departed = System.nanoTime();
					budget.departed(start, departed);
					departures.add(departed);
					if (request == 5 && departures.size() > 60 && departures.size() < 70) {
						budget.pauseFor(Duration.ofMillis(100), new Holds.Announcement("HTTP 429", "retry-after"));
					}
					Thread.sleep(random.nextInt(40));
					budget.release(start);
				}
				return null;
			}));
		}
		for (Future<?> done : work) {
			done.get(60, TimeUnit.SECONDS);
		}
		threads.shutdown();

		List<Long> sorted = new ArrayList<>(departures);
		Collections.sort(sorted);
		assertThat(sorted).hasSize(160);
		for (int i = perSecond; i < sorted.size(); i++) {
			assertThat(sorted.get(i) - sorted.get(i - perSecond))
				.as("departure %d and the one %d before it", i, perSecond)
				.isGreaterThanOrEqualTo(WINDOW_NANOS);
		}
	}

	@Test
	void aLateDepartureHoldsBackTheStartsASecondAfterIt() throws InterruptedException {
		RateBudget budget = new RateBudget(2, 4);
		RateBudget.Start first = budget.acquire();
		budget.departed(first, first.nanos() + TimeUnit.MILLISECONDS.toNanos(300));
		budget.release(first);

		budget.release(budget.acquire());
		RateBudget.Start third = budget.acquire();
		budget.release(third);

		// Two per 1.025 s: the third may only leave 1.025 s after the first did.
		assertThat(third.nanos() - first.nanos())
			.isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300) + WINDOW_NANOS);
	}

	@Test
	void aRequestThatHasNotLeftYetHoldsBackTheStartThatWouldMakeItTooMany() throws Exception {
		RateBudget budget = new RateBudget(2, 4);
		RateBudget.Start first = budget.acquire();
		RateBudget.Start second = budget.acquire();
		budget.departed(second, second.nanos());
		budget.release(second);
		CompletableFuture<RateBudget.Start> third = CompletableFuture.supplyAsync(() -> {
			try {
				return budget.acquire();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});

		Thread.sleep(1200);
		long firstLeft = System.nanoTime();
		budget.departed(first, firstLeft);
		budget.release(first);

		assertThat(third.get(5, TimeUnit.SECONDS).nanos() - firstLeft).isGreaterThanOrEqualTo(WINDOW_NANOS);
	}

	@Test
	void sustainsTheBudgetLessItsPacingHeadroomOrItsWholePartPerSecondAndSlack() {
		// 20 and 2 per 1.025 s (the cap), 2 per 1.025 s at 2.5 (the whole part), one
		// every 2.03 s at 0.5 (the pacing).
		assertThat(RateBudget.sustainedRate(20.0)).isCloseTo(20 / 1.025, within(1e-6));
		assertThat(RateBudget.sustainedRate(2.0)).isCloseTo(2 / 1.025, within(1e-6));
		assertThat(RateBudget.sustainedRate(2.5)).isCloseTo(2 / 1.025, within(1e-6));
		assertThat(RateBudget.sustainedRate(0.5)).isCloseTo(0.5 * Ceiling.HEADROOM, within(1e-6));
	}

	@Test
	void aPauseHoldsBackEveryLaterRequest() throws InterruptedException {
		RateBudget budget = new RateBudget(1000, 4);
		budget.pauseFor(Duration.ofMillis(300), new Holds.Announcement("HTTP 429", "retry-after"));
		long start = System.nanoTime();

		budget.release(budget.acquire());

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(290));
	}

	@Test
	void noMoreThanTheConcurrencyAreInFlight() throws InterruptedException {
		RateBudget budget = new RateBudget(1000, 2);
		RateBudget.Start first = budget.acquire();
		budget.acquire();

		Thread third = new Thread(() -> {
			try {
				budget.acquire();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		third.start();
		third.join(200);

		assertThat(third.isAlive()).isTrue();
		budget.release(first);
		third.join(1000);
		assertThat(third.isAlive()).isFalse();
	}

	@Test
	void aSpentQuotaWithADistantResetEndsTheRunAtTheNextRequestNamingTheWait() throws InterruptedException {
		RateBudget budget = quoted(Duration.ofMinutes(15));
		RateBudget.Start first = budget.acquire();
		budget.observe(first, QuotaHeaders.read("\"default\";r=0;t=86400", "\"default\";q=1200;w=300"),
				"HTTP 200 while fetching app a 2024-01-01");
		budget.release(first);

		assertThatExceptionOfType(QuotaPauseTooLongException.class).isThrownBy(budget::acquire)
			.withMessage("HTTP 200 while fetching app a 2024-01-01: the API asks to wait 24 h (Ratelimit:"
					+ " \"default\";r=0;t=86400, Ratelimit-Policy: \"default\";q=1200;w=300), until"
					+ " 2026-03-02T10:00:00Z, longer than rtk.rate.max-pause (15 min); the run stops instead of waiting");
		assertThatExceptionOfType(FetchStoppedException.class).isThrownBy(budget::acquire);
	}

	@Test
	void aResetTooLongToCountEndsTheRunRatherThanBeIgnored() throws InterruptedException {
		RateBudget budget = quoted(Duration.ofMinutes(15));
		RateBudget.Start first = budget.acquire();
		budget.observe(first, QuotaHeaders.read("\"default\";r=0;t=999999999999999", null),
				"HTTP 200 while fetching x");
		budget.release(first);

		assertThatExceptionOfType(QuotaPauseTooLongException.class).isThrownBy(budget::acquire)
			.withMessageContaining("wait 365 d (Ratelimit: \"default\";r=0;t=999999999999999)");
	}

	@Test
	void aSpentQuotaEndsTheRunOnlyIfARequestWouldWait() throws InterruptedException {
		RateBudget budget = quoted(Duration.ofMinutes(15));
		RateBudget.Start last = budget.acquire();

		// No exception: the answer that says so is kept, and nothing else is to be sent.
		assertThatCode(() -> {
			budget.observe(last, QuotaHeaders.read("\"default\";r=0;t=86400", null), "HTTP 200 while fetching x");
			budget.release(last);
		}).doesNotThrowAnyException();
	}

	@Test
	void aWaitWithinTheMaxPauseIsWaitedWhateverTheRequestsQueuedBehindIt() throws Exception {
		RateBudget budget = quoted(Duration.ofMinutes(15));
		RateBudget.Start first = budget.acquire();
		budget.observe(first, QuotaHeaders.read("\"default\";r=0;t=840", "\"default\";q=1200;w=300"), "HTTP 200");
		budget.release(first);
		List<CompletableFuture<RateBudget.Start>> waiting = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			waiting.add(CompletableFuture.supplyAsync(() -> {
				try {
					return budget.acquire();
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}

		Thread.sleep(300);
		assertThat(waiting).noneMatch(CompletableFuture::isDone);
		budget.stop();
		for (CompletableFuture<RateBudget.Start> request : waiting) {
			assertThat(request).failsWithin(Duration.ofSeconds(2))
				.withThrowableOfType(java.util.concurrent.ExecutionException.class)
				.withCauseInstanceOf(FetchStoppedException.class);
		}
	}

	@Test
	void aQuotaThatResetsNowIsPacedAtItsPolicyNotAllAtOnce() throws InterruptedException {
		for (Double ceiling : new Double[] { null, 500.0 }) {
			RateBudget budget = new RateBudget(ceiling, 4, 0.1, Duration.ofMinutes(15), CLOCK);
			RateBudget.Start first = budget.acquire();

			budget.observe(first, QuotaHeaders.read("\"default\";r=1200;t=0", "\"default\";q=4;w=1"), "HTTP 200");

			assertThat(budget.intervalNanos()).as("ceiling %s", ceiling)
				.isGreaterThanOrEqualTo((long) (TimeUnit.SECONDS.toNanos(1) / 3.6));
		}
	}

	@Test
	void withoutAPolicyWhatIsLeftIsNoLicenceToGoFasterThanWithoutAQuota() throws InterruptedException {
		RateBudget budget = quoted(Duration.ofMinutes(15));
		RateBudget.Start first = budget.acquire();

		budget.observe(first, QuotaHeaders.read("\"default\";r=1200;t=0", null), "HTTP 200");

		assertThat(budget.intervalNanos()).isEqualTo(Ceiling.intervalNanos(null));
	}

	@Test
	void answersWithoutAQuotaAfterAPolicyKeepItsPaceUnderAFasterCeiling() throws InterruptedException {
		RateBudget budget = new RateBudget(500.0, 4, 0.1, Duration.ofMinutes(15), CLOCK);
		RateBudget.Start first = budget.acquire();
		budget.observe(first, QuotaHeaders.read("\"default\";r=4;t=1", "\"default\";q=4;w=1"), "HTTP 200");

		budget.observe(first, null, "HTTP 200");
		budget.pauseFor(Duration.ofMillis(1), new Holds.Announcement("HTTP 429", "retry-after: 0"));

		assertThat(budget.intervalNanos()).isGreaterThanOrEqualTo((long) (TimeUnit.SECONDS.toNanos(1) / 3.6));
	}

	@Test
	void aPolicyTooSlowToWaitForEndsTheRunNamingIt() throws InterruptedException {
		RateBudget budget = quoted(Duration.ofMinutes(15));
		RateBudget.Start first = budget.acquire();
		budget.observe(first, QuotaHeaders.read("\"default\";r=100;t=3600", "\"default\";q=100;w=86400"),
				"HTTP 200 while fetching x");
		budget.release(first);

		assertThatExceptionOfType(QuotaPauseTooLongException.class).isThrownBy(budget::acquire)
			.withMessageStartingWith("HTTP 200 while fetching x: the API asks to wait 16 min (Ratelimit:")
			.withMessageContaining("Ratelimit-Policy: \"default\";q=100;w=86400, a pace of one request every 16 min)");
	}

	private static RateBudget quoted(Duration maxPause) {
		return new RateBudget(null, 4, 0.1, maxPause, CLOCK);
	}

}
