package io.rtkwarehouse.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RateBudgetTests {

	@Test
	void spacesRequestsEvenlyAtTheBudget() throws InterruptedException {
		RateBudget budget = new RateBudget(50, 4);
		long start = System.nanoTime();

		for (int i = 0; i < 11; i++) {
			budget.acquire();
			budget.release();
		}

		// 11 requests at 50 per second: the last one starts 10 intervals (200 ms) after
		// the first.
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(195));
	}

	@Test
	void neverStartsMoreThanTheBudgetInAnyOneSecond() throws Exception {
		int perSecond = 50;
		RateBudget budget = new RateBudget(perSecond, 6);
		List<Long> starts = Collections.synchronizedList(new ArrayList<>());
		ExecutorService threads = Executors.newFixedThreadPool(6);
		List<Future<?>> work = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			work.add(threads.submit(() -> {
				for (int request = 0; request < 20; request++) {
					starts.add(budget.acquire().nanos());
					if (request == 10 && starts.size() > 60 && starts.size() < 70) {
						budget.pauseFor(Duration.ofMillis(100));
					}
					Thread.sleep(ThreadLocalRandom.current().nextInt(40));
					budget.release();
				}
				return null;
			}));
		}
		for (Future<?> done : work) {
			done.get(30, TimeUnit.SECONDS);
		}
		threads.shutdown();

		List<Long> sorted = new ArrayList<>(starts);
		Collections.sort(sorted);
		assertThat(sorted).hasSize(120);
		for (int i = perSecond; i < sorted.size(); i++) {
			assertThat(sorted.get(i) - sorted.get(i - perSecond)).as("start %d and the one %d before it", i, perSecond)
				.isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(1));
		}
	}

	@Test
	void aLateDepartureHoldsBackTheSlotsASecondAfterIt() throws InterruptedException {
		RateBudget budget = new RateBudget(2, 4);
		RateBudget.Start first = budget.acquire();
		budget.departed(first, first.nanos() + TimeUnit.MILLISECONDS.toNanos(300));
		budget.release();

		budget.acquire();
		budget.release();
		RateBudget.Start third = budget.acquire();
		budget.release();

		// Two per second: the third may only leave a second after the first did.
		assertThat(third.nanos() - first.nanos()).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(1300));
	}

	@Test
	void sustainsTheBudgetLessItsPacingHeadroomAndSlack() {
		// At most 20 leave in any 1.025 s, 2 in any 1.025 s; one every 2.03 s at half a
		// request per second.
		assertThat(RateBudget.sustainedRate(20)).isCloseTo(20 / 1.025, within(1e-9));
		assertThat(RateBudget.sustainedRate(2)).isCloseTo(2 / 1.025, within(1e-9));
		assertThat(RateBudget.sustainedRate(0.5)).isCloseTo(0.5 * RateBudget.HEADROOM, within(1e-9));
	}

	@Test
	void aPauseHoldsBackEveryLaterRequest() throws InterruptedException {
		RateBudget budget = new RateBudget(1000, 4);
		budget.pauseFor(Duration.ofMillis(300));
		long start = System.nanoTime();

		budget.acquire();
		budget.release();

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(290));
	}

	@Test
	void noMoreThanTheConcurrencyAreInFlight() throws InterruptedException {
		RateBudget budget = new RateBudget(1000, 2);
		budget.acquire();
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
		budget.release();
		third.join(1000);
		assertThat(third.isAlive()).isFalse();
	}

}
