package io.rtkwarehouse.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.rtkwarehouse.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run lock against PostgreSQL: who gets it when runs race, when a lease whose session
 * has ended (or that names a session it does not own) is free, and what a refusal says.
 */
class RunLockIntegrationTests {

	private static final String ACCOUNT = "0123456789abcdef0123456789abcdef";

	private final TestDatabase database = TestDatabase.get();

	private final JdbcClient jdbc = this.database.jdbc();

	private HikariDataSource pool;

	private RunLock lock;

	@BeforeEach
	void freeLocks() {
		this.jdbc.sql("DELETE FROM rtk_batch.run_lock").update();
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(this.database.jdbcUrl());
		config.setUsername(this.database.username());
		config.setPassword(this.database.password());
		config.setMaximumPoolSize(6);
		this.pool = new HikariDataSource(config);
		this.lock = new RunLock(this.pool, JdbcClient.create(this.pool));
	}

	@AfterEach
	void closePool() {
		this.pool.close();
	}

	@Test
	void aSecondRunIsRefusedWhileTheFirstHoldsTheLockAndTakesItOnceItIsFree() throws Exception {
		Optional<RunLock.Held> first = this.lock.acquire(ACCOUNT, "first", Duration.ZERO);
		assertThat(first).isPresent();

		assertThat(this.lock.acquire(ACCOUNT, "second", Duration.ZERO)).isEmpty();
		assertThat(this.lock.acquire("another0account", "other", Duration.ZERO)).isPresent()
			.get()
			.satisfies(RunLock.Held::close);

		first.get().close();
		Optional<RunLock.Held> second = this.lock.acquire(ACCOUNT, "second", Duration.ZERO);
		assertThat(second).isPresent();
		second.get().close();
	}

	@Test
	void runsRacingForAFreeLockNeverHoldItTogether() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 40; round++) {
				CyclicBarrier start = new CyclicBarrier(4);
				List<Future<Optional<RunLock.Held>>> attempts = new ArrayList<>();
				for (int run = 0; run < 4; run++) {
					String name = "run " + run;
					attempts.add(threads.submit(() -> {
						start.await();
						return this.lock.acquire(ACCOUNT, name, Duration.ZERO);
					}));
				}
				List<RunLock.Held> holders = new ArrayList<>();
				for (Future<Optional<RunLock.Held>> attempt : attempts) {
					attempt.get().ifPresent(holders::add);
				}
				assertThat(holders).as("round " + round).hasSize(1);
				holders.forEach(RunLock.Held::close);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aRunThatMayWaitTakesTheLockSoonAfterTheHolderLetsGo() throws Exception {
		RunLock.Held first = this.lock.acquire(ACCOUNT, "first", Duration.ZERO).orElseThrow();
		CompletableFuture<Optional<RunLock.Held>> second = CompletableFuture.supplyAsync(() -> {
			try {
				return this.lock.acquire(ACCOUNT, "second", Duration.ofSeconds(20));
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		Thread.sleep(1200);
		assertThat(second).isNotDone();

		long released = System.nanoTime();
		first.close();

		assertThat(second.get()).isPresent();
		assertThat(Duration.ofNanos(System.nanoTime() - released)).isLessThan(Duration.ofSeconds(2));
		second.get().get().close();
	}

	@Test
	void theLocksSessionWaitsOutsideAnyTransactionWhileItHoldsTheLock() throws Exception {
		try (RunLock.Held held = this.lock.acquire(ACCOUNT, "holder", Duration.ZERO).orElseThrow()) {
			Map<String, Object> session = this.jdbc
				.sql("""
						SELECT a.state, a.application_name FROM rtk_batch.run_lock l JOIN pg_stat_activity a ON a.pid = l.backend_pid
						WHERE l.account_id = ?
						""")
				.param(ACCOUNT)
				.query()
				.singleRow();

			assertThat(session).containsEntry("state", "idle").containsEntry("application_name", "holder");
		}
		assertThat(this.jdbc.sql("SELECT backend_pid FROM rtk_batch.run_lock WHERE account_id = ?")
			.param(ACCOUNT)
			.query(Integer.class)
			.optional()).isEmpty();
	}

	@Test
	void aLockWhoseSessionEndedIsFreeAtOnce() throws Exception {
		RunLock elsewhere = new RunLock(new DriverManagerDataSource(this.database.jdbcUrl(), this.database.username(),
				this.database.password()), this.jdbc);
		elsewhere.acquire(ACCOUNT, "killed run", Duration.ZERO).orElseThrow();
		int pid = this.jdbc.sql("SELECT backend_pid FROM rtk_batch.run_lock WHERE account_id = ?")
			.param(ACCOUNT)
			.query(Integer.class)
			.single();
		assertThat(this.lock.acquire(ACCOUNT, "next run", Duration.ZERO)).isEmpty();

		// What kill -9 does to the run: its connection, and so its session, ends.
		this.jdbc.sql("SELECT pg_terminate_backend(?, 5000)").param(pid).query(Boolean.class).single();

		Optional<RunLock.Held> next = this.lock.acquire(ACCOUNT, "next run", Duration.ZERO);
		assertThat(next).isPresent();
		next.get().close();
	}

	@Test
	void aLeaseNamingALiveSessionItDoesNotOwnIsFree() throws Exception {
		try (Connection here = connect(this.database.jdbcUrl());
				Connection otherDatabase = connect(
						this.database.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1"))) {
			// The pid of a live session, another start: the pid was given to a later
			// session.
			lease(pid(here), "(SELECT backend_start - interval '1 hour' FROM pg_stat_activity WHERE pid = %d)",
					pid(here), "(SELECT usesysid FROM pg_stat_activity WHERE pid = %d)");
			assertFree();
			// The pid and start of a live session of another role.
			lease(pid(here), "(SELECT backend_start FROM pg_stat_activity WHERE pid = %d)", pid(here),
					"(SELECT oid FROM pg_roles WHERE rolname = 'pg_monitor' AND %d > 0)");
			assertFree();
			// A live session of the same role on another database of the server.
			lease(pid(otherDatabase), "(SELECT backend_start FROM pg_stat_activity WHERE pid = %d)", pid(otherDatabase),
					"(SELECT usesysid FROM pg_stat_activity WHERE pid = %d)");
			assertFree();
			// The session itself: the lease holds.
			lease(pid(here), "(SELECT backend_start FROM pg_stat_activity WHERE pid = %d)", pid(here),
					"(SELECT usesysid FROM pg_stat_activity WHERE pid = %d)");
			assertThat(this.lock.acquire(ACCOUNT, "next run", Duration.ZERO)).isEmpty();
			assertThat(this.lock.refusal(ACCOUNT, "fetching", Duration.ofSeconds(3))).matches("another run of account "
					+ ACCOUNT + " is fetching: forged \\(PostgreSQL backend " + pid(here)
					+ "(, client [0-9a-f.:]+)?, holding the lock since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\);"
					+ " waited 3 s \\(rtk.lock.wait\\)");
		}
	}

	@Test
	void aRefusalNamesTheRunThatHoldsTheLockAndSinceWhen() throws Exception {
		try (RunLock.Held held = this.lock
			.acquire(ACCOUNT, "rtk-warehouse backfill 2024-01-01..2024-01-31 pid 42", Duration.ZERO)
			.orElseThrow()) {
			assertThat(this.lock.refusal(ACCOUNT, "fetching", Duration.ZERO))
				.startsWith("another run of account " + ACCOUNT
						+ " is fetching: rtk-warehouse backfill 2024-01-01..2024-01-31 pid 42 (PostgreSQL backend ")
				.contains(", holding the lock since ")
				.endsWith(" UTC); waited 0 s (rtk.lock.wait)");
		}
		assertThat(this.lock.refusal(ACCOUNT, "fetching", Duration.ZERO)).contains(": another run; waited");
	}

	private void lease(int pid, String start, int startPid, String role) {
		this.jdbc.sql("DELETE FROM rtk_batch.run_lock").update();
		this.jdbc.sql("""
				INSERT INTO rtk_batch.run_lock (account_id, holder, backend_pid, backend_start, backend_role, taken_at)
				VALUES (?, 'forged', ?, %s, %s, now())
				""".formatted(start.formatted(startPid), role.formatted(startPid))).params(ACCOUNT, pid).update();
	}

	private void assertFree() throws InterruptedException {
		Optional<RunLock.Held> held = this.lock.acquire(ACCOUNT, "next run", Duration.ZERO);
		assertThat(held).isPresent();
		held.get().close();
	}

	private Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, this.database.username(), this.database.password());
	}

	private static int pid(Connection connection) throws SQLException {
		return connection.unwrap(org.postgresql.PGConnection.class).getBackendPID();
	}

}
