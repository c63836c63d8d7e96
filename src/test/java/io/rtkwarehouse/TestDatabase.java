package io.rtkwarehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The one PostgreSQL database of a test run: a Testcontainers PostgreSQL where Docker is
 * available, else a fresh database on the server named by the standard {@code PG*}
 * variables (default localhost:5432, user postgres), dropped when the run ends.
 * {@link #fresh(String)} makes more, empty ones on the same server.
 */
public final class TestDatabase {

	private static TestDatabase instance;

	private static Server server;

	/** The databases this JVM's tests run in, which {@link ConnectionPeak} watches. */
	private static final Set<String> DATABASES = ConcurrentHashMap.newKeySet();

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
		List<String> tables = jdbc().sql("""
				SELECT schemaname || '.' || tablename FROM pg_tables
				WHERE schemaname IN ('rtk', 'rtk_batch') AND tablename <> 'flyway_schema_history'
				""").query(String.class).list();
		jdbc().sql("TRUNCATE " + String.join(", ", tables)).update();
	}

	/** Command-line properties that point a run at this database. */
	public String[] springArgs() {
		return new String[] { "--spring.datasource.url=" + this.jdbcUrl,
				"--spring.datasource.username=" + this.username, "--spring.datasource.password=" + this.password };
	}

	/**
	 * A new, empty database (no schema) on the server that {@link #get()} uses, named
	 * with this prefix and a random suffix: for a benchmark, which wants one per run.
	 * Dropped by {@link #drop()}, or when this JVM ends.
	 */
	public static TestDatabase fresh(String prefix) {
		return server().createDatabase(prefix);
	}

	/** Drops a database made by {@link #fresh(String)}. */
	public void drop() {
		server().drop(this.database);
	}

	/**
	 * A connection to the server's own database, from which {@link ConnectionPeak} counts
	 * the connections to this JVM's test databases; empty while no test has asked for a
	 * database yet.
	 */
	static synchronized Optional<Connection> adminConnection() throws SQLException {
		return (server != null) ? Optional.of(server.admin()) : Optional.empty();
	}

	static Set<String> databases() {
		return DATABASES;
	}

	private static TestDatabase create() {
		Server server = server();
		return server.container() ? new TestDatabase(server.host(), server.port(), server.adminDatabase(),
				server.user(), server.password()) : server.createDatabase("rtk_test_");
	}

	private static synchronized Server server() {
		if (server == null) {
			server = DockerEngine.available() ? Server.startContainer() : Server.fromEnvironment();
		}
		return server;
	}

	private static String env(String name, String defaultValue) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? defaultValue : value;
	}

	/**
	 * The PostgreSQL server of this JVM's test databases: a Testcontainers PostgreSQL,
	 * whose own database {@link #get()} uses, or the server named by the {@code PG*}
	 * variables.
	 */
	private record Server(String host, int port, String adminDatabase, String user, String password,
			boolean container) {

		static Server startContainer() {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			return new Server(container.getHost(), container.getMappedPort(5432), container.getDatabaseName(),
					container.getUsername(), container.getPassword(), true);
		}

		static Server fromEnvironment() {
			return new Server(env("PGHOST", "localhost"), Integer.parseInt(env("PGPORT", "5432")),
					env("PGDATABASE", "postgres"), env("PGUSER", "postgres"), env("PGPASSWORD", ""), false);
		}

		TestDatabase createDatabase(String prefix) {
			String name = prefix
					+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
			try (Connection admin = DriverManager.getConnection(adminUrl(), this.user, this.password);
					Statement statement = admin.createStatement()) {
				statement.execute("CREATE DATABASE " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(
						"The tests need PostgreSQL: start Docker (for Testcontainers) or a PostgreSQL"
								+ " server reachable through the PG* variables (now " + this.user + "@" + this.host
								+ ":" + this.port + "): " + ex.getMessage(),
						ex);
			}
			DATABASES.add(name);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
			return new TestDatabase(this.host, this.port, name, this.user, this.password);
		}

		void drop(String name) {
			try (Connection admin = DriverManager.getConnection(adminUrl(), this.user, this.password);
					Statement statement = admin.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
			catch (SQLException ex) {
				System.err.println("could not drop test database " + name + ": " + ex.getMessage());
			}
		}

		Connection admin() throws SQLException {
			if (this.container) {
				DATABASES.add(this.adminDatabase);
			}
			return DriverManager.getConnection(adminUrl(), this.user, this.password);
		}

		private String adminUrl() {
			return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + this.adminDatabase;
		}

	}

}
