package io.rtkwarehouse.source;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
