package io.rtkwarehouse.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.rtkwarehouse.ChildJvm;
import io.rtkwarehouse.TestDatabase;

/**
 * Holds a first migration, run by another process, at a chosen moment, so that a test can
 * kill it there. Three levers, each a connection of its own:
 * <ul>
 * <li>the gate: an event trigger that, after the DDL statement creating a chosen object,
 * waits for an advisory lock this class holds (the statement's transaction is open), or
 * has that transaction's COMMIT wait for it (a deferred constraint trigger), as a COMMIT
 * that the server is still writing when the process dies;</li>
 * <li>Flyway's advisory lock, which Flyway takes before it creates its history table and
 * before each migration, and retries every second while another session holds it;</li>
 * <li>an EXCLUSIVE lock on Flyway's history table, which holds every insert into it: the
 * record of a migration whose statements have run.</li>
 * </ul>
 */
final class MigrationGate implements AutoCloseable {

	private static final long GATE_KEY = 7_354_001L;

	/**
	 * Flyway's key (PostgreSQLAdvisoryLockTemplate): "Flyway" in ASCII plus the hash of
	 * the quoted history table name.
	 */
	static final long FLYWAY_KEY = (0x46L << 40) + (0x6CL << 32) + (0x79L << 24) + (0x77 << 16) + (0x61 << 8) + 0x79
			+ "\"rtk_batch\".\"flyway_schema_history\"".hashCode();

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	private static final String GATE_SQL = """
			CREATE TABLE public.migration_gate (object_identity text PRIMARY KEY, at_commit boolean NOT NULL);
			CREATE TABLE public.commit_gate (at timestamptz);
			CREATE FUNCTION public.gate() RETURNS void LANGUAGE plpgsql AS $$
			BEGIN
			    PERFORM pg_advisory_lock(GATE_KEY);
			    PERFORM pg_advisory_unlock(GATE_KEY);
			END $$;
			CREATE FUNCTION public.commit_gate() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
			    PERFORM public.gate();
			    RETURN NULL;
			END $$;
			CREATE CONSTRAINT TRIGGER commit_gate AFTER INSERT ON public.commit_gate DEFERRABLE INITIALLY DEFERRED
			    FOR EACH ROW EXECUTE FUNCTION public.commit_gate();
			CREATE FUNCTION public.migration_gate() RETURNS event_trigger LANGUAGE plpgsql AS $$
			DECLARE command record;
			BEGIN
			    FOR command IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
			        IF EXISTS (SELECT FROM public.migration_gate g
			                   WHERE g.object_identity = command.object_identity AND g.at_commit) THEN
			            INSERT INTO public.commit_gate VALUES (now());
			        ELSIF EXISTS (SELECT FROM public.migration_gate g WHERE g.object_identity = command.object_identity) THEN
			            PERFORM public.gate();
			        END IF;
			    END LOOP;
			END $$;
			CREATE EVENT TRIGGER migration_gate ON ddl_command_end EXECUTE FUNCTION public.migration_gate();
			""";

	private final TestDatabase database;

	private final Connection gate;

	private final Connection flywayLock;

	private final Connection history;

	private final Connection monitor;

	private final ExecutorService background = Executors.newSingleThreadExecutor();

	private ChildJvm child;

	MigrationGate(TestDatabase database) throws SQLException {
		this.database = database;
		this.gate = connect();
		this.flywayLock = connect();
		this.history = connect();
		this.monitor = connect();
		execute(this.gate, GATE_SQL.replace("GATE_KEY", Long.toString(GATE_KEY)));
	}

	/** The process whose migration this gate holds. */
	void watch(ChildJvm child) {
		this.child = child;
	}

	/** Closes the gate after the statement that creates this object (e.g. rtk.app). */
	void closeAfterCreating(String objectIdentity) throws SQLException {
		close(objectIdentity, false);
	}

	/**
	 * Closes the gate at the COMMIT of the transaction that creates this object: the
	 * statements have run and the server holds the COMMIT, as it does while it writes it.
	 */
	void closeAtTheCommitOf(String objectIdentity) throws SQLException {
		close(objectIdentity, true);
	}

	private void close(String objectIdentity, boolean atCommit) throws SQLException {
		try (PreparedStatement insert = this.gate.prepareStatement("INSERT INTO public.migration_gate VALUES (?, ?)")) {
			insert.setString(1, objectIdentity);
			insert.setBoolean(2, atCommit);
			insert.execute();
		}
		execute(this.gate, "SELECT pg_advisory_lock(" + GATE_KEY + ")");
	}

	void awaitAtGate() throws Exception {
		await("the migration waits at the gate", () -> waiting("advisory", "l.objid = " + GATE_KEY));
	}

	void openGate() throws SQLException {
		execute(this.gate, "SELECT pg_advisory_unlock_all()");
	}

	/** Holds every insert into Flyway's history table from now on. */
	void holdHistory() throws Exception {
		await("Flyway's history table exists", () -> exists("rtk_batch.flyway_schema_history"));
		this.history.setAutoCommit(false);
		execute(this.history, "LOCK TABLE rtk_batch.flyway_schema_history IN EXCLUSIVE MODE");
	}

	/** Waits until the migration waits to record what it has run. */
	void awaitRecordHeld() throws Exception {
		await("the migration waits to insert into Flyway's history",
				() -> waiting("relation", "l.relation = to_regclass('rtk_batch.flyway_schema_history')"));
	}

	void releaseHistory() throws SQLException {
		if (!this.history.getAutoCommit()) {
			this.history.commit();
			this.history.setAutoCommit(true);
		}
	}

	/**
	 * From a migration held at its record (see {@link #awaitRecordHeld()}): lets it
	 * record and commit, then holds it before the next migration by keeping Flyway's
	 * lock.
	 */
	void letItRecordAndHoldBeforeTheNext() throws Exception {
		int recorded = recorded();
		Future<?> lock = this.background.submit(() -> {
			execute(this.flywayLock, "SELECT pg_advisory_lock(" + FLYWAY_KEY + ")");
			return null;
		});
		await("the request for Flyway's lock is queued", () -> lockRequested(this.flywayLock));
		releaseHistory();
		lock.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		await("the migration is recorded", () -> recorded() > recorded);
	}

	/** Migrations Flyway's history records as applied (the schema marker aside). */
	int recorded() throws SQLException {
		if (!exists("rtk_batch.flyway_schema_history")) {
			return 0;
		}
		try (Statement statement = this.monitor.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT count(*) FROM rtk_batch.flyway_schema_history WHERE version IS NOT NULL AND success")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	boolean exists(String relation) throws SQLException {
		try (PreparedStatement statement = this.monitor.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
			statement.setString(1, relation);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

	boolean schemaExists(String schema) throws SQLException {
		try (PreparedStatement statement = this.monitor
			.prepareStatement("SELECT count(*) > 0 FROM pg_namespace WHERE nspname = ?")) {
			statement.setString(1, schema);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

	/** Whether a session other than this gate's waits for a lock of this kind. */
	private boolean waiting(String locktype, String condition) throws SQLException {
		try (Statement statement = this.monitor.createStatement();
				ResultSet rs = statement.executeQuery("""
						SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database
						WHERE NOT l.granted AND l.locktype = '%s' AND d.datname = current_database() AND %s
						  AND l.pid NOT IN (%d, %d, %d, %d)
						""".formatted(locktype, condition, pid(this.gate), pid(this.flywayLock), pid(this.history),
						pid(this.monitor)))) {
			rs.next();
			return rs.getInt(1) > 0;
		}
	}

	private boolean lockRequested(Connection connection) throws SQLException {
		try (Statement statement = this.monitor.createStatement();
				ResultSet rs = statement
					.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = "
							+ pid(connection) + " AND objid = " + (FLYWAY_KEY & 0xFFFFFFFFL))) {
			rs.next();
			return rs.getInt(1) > 0;
		}
	}

	private static int pid(Connection connection) throws SQLException {
		return connection.unwrap(org.postgresql.PGConnection.class).getBackendPID();
	}

	void await(String what, Check check) throws Exception {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!check.holds()) {
			if (this.child != null && !this.child.isAlive()) {
				throw new AssertionError("the run ended before " + what + ":\n" + this.child.output());
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError(
						"timed out waiting until " + what + ((this.child != null) ? ":\n" + this.child.output() : ""));
			}
			Thread.sleep(5);
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.database.jdbcUrl(), this.database.username(), this.database.password());
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * Lets go of every lever, waits until the killed process's sessions have ended (a
	 * COMMIT held at the gate completes first), and removes the gate.
	 */
	@Override
	public void close() throws Exception {
		this.background.shutdownNow();
		int monitor = pid(this.monitor);
		for (Connection connection : new Connection[] { this.history, this.flywayLock, this.gate }) {
			connection.close();
		}
		this.child = null;
		await("the killed run's sessions have ended", () -> {
			try (Statement statement = this.monitor.createStatement();
					ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
							+ " WHERE datname = current_database() AND pid <> " + monitor)) {
				rs.next();
				return rs.getInt(1) == 0;
			}
		});
		execute(this.monitor, """
				DROP EVENT TRIGGER migration_gate;
				DROP TABLE public.migration_gate, public.commit_gate;
				DROP FUNCTION public.migration_gate(), public.commit_gate(), public.gate();
				""");
		this.monitor.close();
	}

	interface Check {

		boolean holds() throws Exception;

	}

}
