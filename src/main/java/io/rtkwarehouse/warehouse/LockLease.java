package io.rtkwarehouse.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

/**
 * The row of an account in {@code rtk_batch.run_lock}, read and written through the
 * session that holds, or wants to hold, the lock. A lease holds while the session it
 * names lives: the same pid, start and role in {@code pg_stat_activity}, in this
 * database.
 */
final class LockLease {

	/**
	 * Whether the session a lease names is alive. A pid alone is not enough: the server
	 * gives the pid of an ended session to later ones. A role that may not see the start
	 * of another role's sessions sees NULL there; the pid and the role still have to
	 * match.
	 */
	static final String ALIVE = """
			EXISTS (SELECT FROM pg_stat_activity a
			        WHERE a.pid = l.backend_pid AND a.usesysid = l.backend_role AND a.datname = current_database()
			          AND (a.backend_start = l.backend_start OR a.backend_start IS NULL))
			""";

	/** PostgreSQL's SQLSTATE when lock_timeout ends a wait for a row. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private LockLease() {
	}

	/**
	 * Takes the account's lease for this connection's session when it is free or its
	 * session has ended, in one short transaction; the connection is left outside any
	 * transaction.
	 * @return whether this session holds the lease now
	 */
	static boolean take(Connection connection, String accountId, String holder) throws SQLException {
		connection.setAutoCommit(false);
		try {
			execute(connection, "SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
			// A wait here is for another run's own short transaction on the row.
			execute(connection, "SET LOCAL lock_timeout = '10s'");
			update(connection, "INSERT INTO rtk_batch.run_lock (account_id) VALUES (?) ON CONFLICT DO NOTHING",
					accountId);
			// Two runs that find the lease free take it one after the other: the second
			// reads the first one's row, whose session is alive.
			try (PreparedStatement lock = connection
				.prepareStatement("SELECT backend_pid FROM rtk_batch.run_lock WHERE account_id = ? FOR UPDATE")) {
				lock.setString(1, accountId);
				lock.executeQuery().close();
			}
			if (heldByALiveSession(connection, accountId)) {
				connection.rollback();
				return false;
			}
			int taken = update(connection, """
					UPDATE rtk_batch.run_lock l
					SET holder = ?, backend_pid = a.pid, backend_start = a.backend_start, backend_role = a.usesysid,
					    client_addr = inet_client_addr(), taken_at = now()
					FROM pg_stat_activity a WHERE a.pid = pg_backend_pid() AND l.account_id = ?
					""", holder, accountId);
			if (taken != 1) {
				throw new SQLException("this session is missing from pg_stat_activity");
			}
			connection.commit();
			return true;
		}
		catch (SQLException ex) {
			connection.rollback();
			if (LOCK_NOT_AVAILABLE.equals(ex.getSQLState())) {
				return false;
			}
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	/** Frees the account's lease if this connection's session holds it. */
	static void release(Connection connection, String accountId) throws SQLException {
		update(connection, """
				UPDATE rtk_batch.run_lock
				SET holder = NULL, backend_pid = NULL, backend_start = NULL, backend_role = NULL, client_addr = NULL,
				    taken_at = NULL
				WHERE account_id = ? AND backend_pid = pg_backend_pid()
				""", accountId);
	}

	/** The holder of a lease that holds, for a message; NULL when none does. */
	static final String HOLDER = """
			SELECT l.holder, l.backend_pid, host(l.client_addr) AS client, l.taken_at
			FROM rtk_batch.run_lock l
			WHERE l.account_id = ? AND l.backend_pid IS NOT NULL AND %s
			""".formatted(ALIVE);

	/** A lease's holder as a message names it. */
	record Holder(String name, int backendPid, String client, OffsetDateTime since) {

		@Override
		public String toString() {
			return this.name + " (PostgreSQL backend " + this.backendPid
					+ ((this.client != null) ? ", client " + this.client : "") + ", holding the lock since "
					+ this.since.toInstant().toString().replace('T', ' ').replaceFirst("(\\.\\d+)?Z$", " UTC") + ")";
		}

	}

	private static boolean heldByALiveSession(Connection connection, String accountId) throws SQLException {
		try (PreparedStatement alive = connection.prepareStatement(
				"SELECT count(*) FROM rtk_batch.run_lock l WHERE l.account_id = ? AND l.backend_pid IS NOT NULL AND "
						+ ALIVE)) {
			alive.setString(1, accountId);
			try (ResultSet rs = alive.executeQuery()) {
				rs.next();
				return rs.getInt(1) > 0;
			}
		}
	}

	private static int update(Connection connection, String sql, String... params) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setString(i + 1, params[i]);
			}
			return statement.executeUpdate();
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
