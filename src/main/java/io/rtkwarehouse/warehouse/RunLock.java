package io.rtkwarehouse.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The PostgreSQL advisory lock that keeps two runs of one account from fetching at the
 * same time, on one machine or many. It lives as long as the connection that took it: a
 * run that dies, even with {@code kill -9}, releases it.
 */
@Component
public class RunLock {

	private static final Duration POLL = Duration.ofMillis(500);

	/**
	 * Connections one run may hold at once: its lock's, the job repository's, and a
	 * transaction of each of its app steps.
	 */
	static final int CONNECTIONS_PER_RUN = 4;

	private final DataSource dataSource;

	private final JdbcClient jdbcClient;

	RunLock(DataSource dataSource, JdbcClient jdbcClient) {
		this.dataSource = dataSource;
		this.jdbcClient = jdbcClient;
	}

	/**
	 * How many runs of accounts this process's connection pool serves at once:
	 * {@code spring.datasource.hikari.maximum-pool-size} (10 by default) over
	 * {@value #CONNECTIONS_PER_RUN}, at least one.
	 */
	public int runsAtOnce() {
		int pool = 10;
		try {
			if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
				pool = this.dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
			}
		}
		catch (SQLException ex) {
			// Not a pool it can see into: the default pool's size.
		}
		return Math.max(1, pool / CONNECTIONS_PER_RUN);
	}

	/**
	 * Takes the lock of the account, waiting up to {@code wait} for another run to let
	 * go.
	 * @param holderName how other runs will see this one (PostgreSQL application_name)
	 * @return the held lock, or empty when another run kept it
	 */
	public Optional<Held> acquire(String accountId, String holderName, Duration wait) throws InterruptedException {
		long key = key(accountId);
		long deadline = System.nanoTime() + wait.toNanos();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		boolean held = false;
		try {
			try (PreparedStatement name = connection
				.prepareStatement("SELECT set_config('application_name', ?, false)")) {
				name.setString(1, holderName.length() > 63 ? holderName.substring(0, 63) : holderName);
				name.execute();
			}
			while (true) {
				if (tryLock(connection, key)) {
					held = true;
					return Optional.of(new Held(connection, key));
				}
				if (System.nanoTime() >= deadline) {
					return Optional.empty();
				}
				Thread.sleep(Math.min(POLL.toMillis(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not take the run lock: " + ex.getMessage(), ex);
		}
		finally {
			if (!held) {
				DataSourceUtils.releaseConnection(connection, this.dataSource);
			}
		}
	}

	/**
	 * Why a run could not take the account's lock: another run that is {@code doing}
	 * (fetching, writing), who it is, and how long this one waited.
	 */
	public String refusal(String accountId, String doing, Duration waited) {
		return "another run of account " + accountId + " is " + doing + ": " + describeHolder(accountId) + "; waited "
				+ waited.toSeconds() + " s (rtk.lock.wait)";
	}

	/** Who holds the lock of the account, as far as PostgreSQL can tell. */
	private String describeHolder(String accountId) {
		long key = key(accountId);
		return this.jdbcClient
			.sql("""
					SELECT a.application_name || ' (PostgreSQL backend ' || a.pid || coalesce(', client ' || host(a.client_addr), '')
					       || ', connected since ' || to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ') || ')'
					FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
					WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = ? AND l.objid::bigint = ?
					  AND l.objsubid = 1 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
					""")
			.params(key >>> 32, key & 0xFFFFFFFFL)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse("another run");
	}

	private static boolean tryLock(Connection connection, long key) throws SQLException {
		try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			lock.setLong(1, key);
			try (ResultSet rs = lock.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

	static long key(String accountId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("rtk-warehouse:" + accountId).getBytes(StandardCharsets.UTF_8));
			long key = 0;
			for (int i = 0; i < 8; i++) {
				key = (key << 8) | (digest[i] & 0xFF);
			}
			return key;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A held lock; closing it lets go. */
	public final class Held implements AutoCloseable {

		private final Connection connection;

		private final long key;

		private Held(Connection connection, long key) {
			this.connection = connection;
			this.key = key;
		}

		@Override
		public void close() {
			try (PreparedStatement unlock = this.connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
				unlock.setLong(1, this.key);
				unlock.execute();
			}
			catch (SQLException ex) {
				// The connection is gone, and the lock with it.
			}
			finally {
				try (PreparedStatement name = this.connection
					.prepareStatement("SELECT set_config('application_name', '', false)")) {
					name.execute();
				}
				catch (SQLException ex) {
					// ignored: the connection is returned to the pool either way
				}
				DataSourceUtils.releaseConnection(this.connection, RunLock.this.dataSource);
			}
		}

	}

}
