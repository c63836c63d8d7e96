package io.rtkwarehouse.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The lock that keeps two runs of one account from fetching at the same time, on one
 * machine or many: the account's row in {@code rtk_batch.run_lock} names the run that
 * holds it and the PostgreSQL session it holds it through ({@link LockLease}). That
 * session stays open, outside any transaction, for the run: a run that dies, even with
 * {@code kill -9}, loses its session and with it the lock. Only a role that may write
 * {@code rtk_batch} can take, hold or block the lock; a reader of the warehouse cannot
 * (an advisory lock, which any session may take on any key, let it).
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
	 * go, and looking again every half second.
	 * @param holderName how other runs will see this one (also its PostgreSQL
	 * application_name)
	 * @return the held lock, or empty when another run kept it
	 */
	public Optional<Held> acquire(String accountId, String holderName, Duration wait) throws InterruptedException {
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
				if (LockLease.take(connection, accountId, holderName)) {
					held = true;
					return Optional.of(new Held(connection, accountId));
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
	 * (fetching, writing), who it is, since when, and how long this one waited.
	 */
	public String refusal(String accountId, String doing, Duration waited) {
		return "another run of account " + accountId + " is " + doing + ": " + describeHolder(accountId) + "; waited "
				+ waited.toSeconds() + " s (rtk.lock.wait)";
	}

	/** Who holds the lock of the account, as its row names it. */
	private String describeHolder(String accountId) {
		return this.jdbcClient.sql(LockLease.HOLDER)
			.param(accountId)
			.query((rs, row) -> new LockLease.Holder(rs.getString("holder"), rs.getInt("backend_pid"),
					rs.getString("client"), rs.getObject("taken_at", OffsetDateTime.class)))
			.list()
			.stream()
			.findFirst()
			.map(LockLease.Holder::toString)
			.orElse("another run");
	}

	/** A held lock; closing it lets go. */
	public final class Held implements AutoCloseable {

		private final Connection connection;

		private final String accountId;

		private Held(Connection connection, String accountId) {
			this.connection = connection;
			this.accountId = accountId;
		}

		@Override
		public void close() {
			try {
				LockLease.release(this.connection, this.accountId);
			}
			catch (SQLException ex) {
				// The session is gone, and the lock with it.
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
