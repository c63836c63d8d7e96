package io.rtkwarehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import io.rtkwarehouse.demo.DockerEngine;
import org.flywaydb.core.Flyway;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The one PostgreSQL database of a test run: a Testcontainers PostgreSQL where Docker is
 * available, else a fresh database on the server named by the standard {@code PG*}
 * variables (default localhost:5432, user postgres), dropped when the run ends.
 */
public final class TestDatabase {

	private static TestDatabase instance;

	private final String host;

	private final int port;

	private final String database;

	private final String jdbcUrl;

	private final String username;

	private final String password;

	private final DataSource dataSource;

	private TestDatabase(String host, int port, String database, String username, String password) {
		this.host = host;
		this.port = port;
		this.database = database;
		this.jdbcUrl = jdbcUrl(host, port);
		this.username = username;
		this.password = password;
		this.dataSource = new DriverManagerDataSource(jdbcUrl, username, password);
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = create();
			Flyway.configure()
				.dataSource(instance.dataSource)
				.locations("classpath:db/migration")
				.defaultSchema("rtk_batch")
				.schemas("rtk_batch", "rtk")
				.load()
				.migrate();
		}
		return instance;
	}

	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	/**
	 * The URL of this database through another host and port, such as a {@link TcpProxy}.
	 */
	public String jdbcUrl(String host, int port) {
		return "jdbc:postgresql://" + host + ":" + port + "/" + this.database;
	}

	public String host() {
		return this.host;
	}

	public int port() {
		return this.port;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	public JdbcClient jdbc() {
		return JdbcClient.create(this.dataSource);
	}

	/**
	 * Empties the data and the Batch metadata, so that every test starts from a fresh
	 * warehouse.
	 */
	public void reset() {
		jdbc()
			.sql("""
					TRUNCATE rtk.livestream_daily, rtk.window_ledger, rtk.livestream_fetch, rtk.app, rtk.warehouse, rtk.failed_start,
					    rtk_batch.batch_step_execution_context, rtk_batch.batch_job_execution_context,
					    rtk_batch.batch_step_execution, rtk_batch.batch_job_execution_params,
					    rtk_batch.batch_job_execution, rtk_batch.batch_job_instance
					""")
			.update();
	}

	/** Command-line properties that point a run at this database. */
	public String[] springArgs() {
		return new String[] { "--spring.datasource.url=" + this.jdbcUrl,
				"--spring.datasource.username=" + this.username, "--spring.datasource.password=" + this.password };
	}

	private static TestDatabase create() {
		if (DockerEngine.available()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			return new TestDatabase(container.getHost(), container.getMappedPort(5432), container.getDatabaseName(),
					container.getUsername(), container.getPassword());
		}
		String host = env("PGHOST", "localhost");
		String port = env("PGPORT", "5432");
		String user = env("PGUSER", "postgres");
		String password = env("PGPASSWORD", "");
		String adminUrl = "jdbc:postgresql://" + host + ":" + port + "/" + env("PGDATABASE", "postgres");
		String name = "rtk_test_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"The tests need PostgreSQL: start Docker (for Testcontainers) or a PostgreSQL"
							+ " server reachable through the PG* variables (now " + user + "@" + host + ":" + port
							+ "): " + ex.getMessage(),
					ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, user, password, name)));
		return new TestDatabase(host, Integer.parseInt(port), name, user, password);
	}

	private static void drop(String adminUrl, String user, String password, String name) {
		try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			System.err.println("could not drop test database " + name + ": " + ex.getMessage());
		}
	}

	private static String env(String name, String defaultValue) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? defaultValue : value;
	}

}
