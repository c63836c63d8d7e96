package io.rtkwarehouse.source;

import java.time.Duration;
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
import static org.assertj.core.api.Assertions.within;

class RateBudgetTests {

	private static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(1025);

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
						budget.pauseFor(Duration.ofMillis(100));
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
		assertThat(RateBudget.sustainedRate(0.5)).isCloseTo(0.5 * RateBudget.HEADROOM, within(1e-6));
	}

	@Test
	void aPauseHoldsBackEveryLaterRequest() throws InterruptedException {
		RateBudget budget = new RateBudget(1000, 4);
		budget.pauseFor(Duration.ofMillis(300));
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

}
