package io.rtkwarehouse.run;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class WarehouseGuardTests {

	/**
	 * Accounts of different tokens reach the migration at the same moment, each in its
	 * own thread; the process has one Flyway, which must never serve both at once.
	 */
	@Test
	void accountsSideBySideMigrateOneAfterTheOtherThroughTheOneFlyway() throws Exception {
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch bothAsked = new CountDownLatch(2);
		Flyway flyway = flyway(() -> {
			most.accumulateAndGet(inside.incrementAndGet(), Math::max);
			try {
				// The other account comes in meanwhile, unless it is held out.
				bothAsked.countDown();
				bothAsked.await(500, TimeUnit.MILLISECONDS);
			}
			finally {
				inside.decrementAndGet();
			}
		});
		WarehouseGuard guard = guard(flyway);

		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> migrations = List.of(threads.submit(guard::migrate), threads.submit(guard::migrate));
			for (Future<?> migration : migrations) {
				migration.get(5, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(most).as("callers inside Flyway at once").hasValue(1);
		verify(flyway, times(2)).validateWithResult();
	}

	/** A Flyway whose schema is up to date, running {@code whileAsked} in each info(). */
	private static Flyway flyway(Interruptible whileAsked) {
		MigrationInfoService info = mock(MigrationInfoService.class);
		when(info.applied()).thenReturn(new MigrationInfo[0]);
		when(info.all()).thenReturn(new MigrationInfo[0]);
		when(info.pending()).thenReturn(new MigrationInfo[0]);
		Flyway flyway = mock(Flyway.class);
		when(flyway.getConfiguration()).thenReturn(Flyway.configure().schemas("rtk_batch", "rtk"));
		when(flyway.info()).thenAnswer((invocation) -> {
			whileAsked.run();
			return info;
		});
		when(flyway.validateWithResult())
			.thenReturn(new ValidateResult("11", "PostgreSQL", null, true, 0, List.of(), List.of()));
		return flyway;
	}

	@SuppressWarnings("unchecked")
	private static WarehouseGuard guard(Flyway flyway) {
		ObjectProvider<Flyway> provider = mock(ObjectProvider.class);
		when(provider.getObject()).thenReturn(flyway);
		return new WarehouseGuard(provider, null, null, null, null, null, null);
	}

	private interface Interruptible {

		void run() throws InterruptedException;

	}

}
