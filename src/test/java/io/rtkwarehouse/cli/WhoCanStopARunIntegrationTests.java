package io.rtkwarehouse.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.ChildJvm;
import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.TestEnvironment;
import io.rtkwarehouse.simulator.ApiSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Who can stop a run: another run of the account, and nobody else. A login that may only
 * read the warehouse can neither take the run lock nor keep a run from taking it, and a
 * run killed with SIGKILL leaves the lock free.
 */
class WhoCanStopARunIntegrationTests extends CommandTests {

	@Test
	void aLoginWithOnlyRtkReaderCanNeitherTakeTheRunLockNorBlockARun() throws Exception {
		TestDatabase database = TestDatabase.get();
		String role = "rtk_probe_" + ProcessHandle.current().pid();
		this.jdbc.sql("DROP ROLE IF EXISTS " + role).update();
		this.jdbc.sql("CREATE ROLE " + role + " LOGIN PASSWORD 'probe'").update();
		this.jdbc.sql("GRANT rtk_reader TO " + role).update();
		try (Connection reader = DriverManager.getConnection(database.jdbcUrl(), role, "probe")) {
			CliRuns.Result first = CliRuns.run("nightly", "--date=2025-01-05");
			assertThat(first.exitCode()).as(first.all()).isZero();

			for (String attempt : List.of("SELECT * FROM rtk_batch.run_lock",
					"SELECT * FROM rtk_batch.run_lock FOR UPDATE", "SELECT * FROM rtk_batch.run_lock FOR KEY SHARE",
					"INSERT INTO rtk_batch.run_lock (account_id) VALUES ('" + ApiSimulator.DEFAULT_ACCOUNT + "')",
					"UPDATE rtk_batch.run_lock SET backend_pid = pg_backend_pid()", "DELETE FROM rtk_batch.run_lock",
					"LOCK TABLE rtk_batch.run_lock IN ACCESS SHARE MODE",
					"LOCK TABLE rtk_batch.flyway_schema_history IN ACCESS EXCLUSIVE MODE",
					"LOCK TABLE rtk_batch.batch_job_instance IN SHARE MODE",
					"SELECT nextval('rtk_batch.batch_job_execution_seq')",
					"LOCK TABLE rtk.livestream_daily IN SHARE MODE", "LOCK TABLE rtk.window_ledger IN EXCLUSIVE MODE",
					"LOCK TABLE rtk.warehouse IN ACCESS EXCLUSIVE MODE", "SELECT * FROM rtk.livestream_daily FOR SHARE",
					"SELECT * FROM rtk.window_ledger FOR KEY SHARE", "SELECT * FROM rtk.app FOR UPDATE",
					"INSERT INTO rtk.app (account_id, app_id) VALUES ('x', 'y')", "TRUNCATE rtk.failed_start",
					"CREATE TABLE rtk.squatter (x int)", "CREATE TABLE rtk_batch.squatter (x int)")) {
				reader.setAutoCommit(false);
				assertThatExceptionOfType(SQLException.class).as(attempt)
					.isThrownBy(() -> execute(reader, attempt))
					.satisfies((ex) -> assertThat(ex.getSQLState()).as(attempt + ": " + ex.getMessage())
						.isEqualTo("42501"));
				reader.rollback();
			}

			// What it may do, it does, and holds while the next run goes: rows of every
			// table it reads, and every advisory lock a run of the loader ever used.
			execute(reader, """
					SELECT (SELECT count(*) FROM rtk.livestream_daily), (SELECT count(*) FROM rtk.window_ledger),
					       (SELECT count(*) FROM rtk.app), (SELECT count(*) FROM rtk.warehouse),
					       (SELECT count(*) FROM rtk.failed_start), (SELECT count(*) FROM rtk.coverage)
					""");
			for (long key : List.of(oldRunLockKey(ApiSimulator.DEFAULT_ACCOUNT), MigrationGate.FLYWAY_KEY, 0L, 1L)) {
				execute(reader, "SELECT pg_advisory_lock(" + key + ")");
				execute(reader, "SELECT pg_advisory_xact_lock_shared(" + key + ")");
			}
			for (long key : keysOfAdvisoryLocksHeldNow()) {
				execute(reader, "SELECT pg_try_advisory_lock(" + key + ")");
			}

			CliRuns.Result next = CliRuns.run("nightly", "--date=2025-01-10");
			CliRuns.Result backfill = CliRuns.run("backfill", "--from=2024-12-01", "--to=2024-12-03");

			assertThat(next.exitCode()).as(next.all()).isZero();
			assertThat(backfill.exitCode()).as(backfill.all()).isZero();
			reader.rollback();
		}
		finally {
			this.jdbc.sql("DROP ROLE " + role).update();
		}
	}

	@Test
	void aRunKilledWithSigkillLeavesTheLockFreeForTheNextRunAtOnce() throws Exception {
		this.api.latency(Duration.ofMillis(300));
		List<String> args = new ArrayList<>(List.of("backfill", "--from=2024-01-01", "--to=2024-03-31"));
		TestEnvironment.properties().forEach((name, value) -> args.add("--" + name + "=" + value));
		ChildJvm child = ChildJvm.start(Map.of(), args);
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (this.jdbc.sql("SELECT count(*) FROM rtk_batch.run_lock WHERE backend_pid IS NOT NULL")
			.query(Long.class)
			.single() == 0) {
			if (!child.isAlive() || System.nanoTime() > deadline) {
				throw new AssertionError("the run did not take its lock:\n" + child.output());
			}
			Thread.sleep(20);
		}
		CliRuns.Result refused = CliRuns.run("nightly", "--date=2025-01-05");
		assertThat(refused.exitCode()).as(refused.all()).isEqualTo(3);
		assertThat(refused.err()).contains("rtk-warehouse backfill 2024-01-01..2024-03-31 pid " + child.pid())
			.contains("holding the lock since");

		child.killHard();
		this.api.latency(Duration.ZERO);
		CliRuns.Result next = CliRuns.run("nightly", "--date=2025-01-05");

		assertThat(next.exitCode()).as(next.all()).isZero();
		assertThat(CliRuns.run("status").out()).contains("LOCKED (exit 3)")
			.contains("holding the lock since")
			.contains("rtk-warehouse backfill 2024-01-01..2024-03-31 pid " + child.pid());
	}

	/** The key of the advisory lock that earlier versions took for an account. */
	private static long oldRunLockKey(String account) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256")
			.digest(("rtk-warehouse:" + account).getBytes(StandardCharsets.UTF_8));
		long key = 0;
		for (int i = 0; i < 8; i++) {
			key = (key << 8) | (digest[i] & 0xFF);
		}
		return key;
	}

	private List<Long> keysOfAdvisoryLocksHeldNow() {
		return this.jdbc
			.sql("""
					SELECT (classid::bigint << 32) + objid::bigint FROM pg_locks
					WHERE locktype = 'advisory' AND objsubid = 1 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
					""")
			.query(Long.class)
			.list();
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
