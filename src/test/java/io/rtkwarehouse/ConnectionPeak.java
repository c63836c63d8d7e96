package io.rtkwarehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Watches how many PostgreSQL connections the tests of this JVM hold at once, across all
 * of its test databases, every few milliseconds, and writes the most it saw, with the
 * test that held them, to {@code target/postgresql-connections/<pid>.txt}. The suite is
 * meant to hold at most 10 (the README says so; {@code .ci/run} checks it), so that it
 * runs beside a server's other clients. The connection that counts is not counted.
 */
public class ConnectionPeak implements TestExecutionListener {

	private static final long EVERY_MILLIS = 20;

	private volatile boolean running;

	private volatile String currentTest = "(before the first test)";

	private volatile int peak;

	private volatile String peakTest = "(none)";

	private Thread sampler;

	@Override
	public void testPlanExecutionStarted(TestPlan testPlan) {
		this.running = true;
		this.sampler = new Thread(this::sample, "postgresql-connection-peak");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	@Override
	public void executionStarted(TestIdentifier identifier) {
		if (identifier.isTest()) {
			this.currentTest = identifier.getLegacyReportingName() + " " + identifier.getUniqueId();
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		this.running = false;
		try {
			this.sampler.join(1000);
			Path file = Path.of("target", "postgresql-connections", ProcessHandle.current().pid() + ".txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, this.peak + "\t" + this.peakTest + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void sample() {
		Connection admin = null;
		try {
			while (this.running) {
				if (admin == null) {
					admin = TestDatabase.adminConnection().orElse(null);
				}
				if (admin != null) {
					count(admin);
				}
				Thread.sleep(EVERY_MILLIS);
			}
		}
		catch (SQLException ex) {
			System.err.println("could not count PostgreSQL connections: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			close(admin);
		}
	}

	private void count(Connection admin) throws SQLException {
		try (PreparedStatement statement = admin.prepareStatement(
				"SELECT count(*) FROM pg_stat_activity WHERE datname = ANY (?) AND pid <> pg_backend_pid()")) {
			statement.setArray(1, admin.createArrayOf("text", TestDatabase.databases().toArray()));
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				int now = rows.getInt(1);
				if (now > this.peak) {
					this.peak = now;
					this.peakTest = this.currentTest;
				}
			}
		}
	}

	private static void close(Connection connection) {
		Optional.ofNullable(connection).ifPresent((open) -> {
			try {
				open.close();
			}
			catch (SQLException ex) {
				// Counting is over.
			}
		});
	}

}
