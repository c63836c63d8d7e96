package io.rtkwarehouse.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;

/**
 * A database the demo uses: the server comes from the configuration (or is the demo's
 * own), the database is the demo's own, so that its rows never land where real data
 * lives.
 */
record DemoDatabase(String url, String username, String password) {

	/** Marks a database as the demo's: only such a database is dropped. */
	static final String MARK = "rtk-warehouse demo: safe to drop";

	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?");

	/**
	 * The database a run would use: --spring.datasource.* arguments, else
	 * SPRING_DATASOURCE_* variables, else the defaults of application.yml (libpq's PG*
	 * variables).
	 */
	static DemoDatabase configured(List<String> springArgs, Map<String, String> environment) {
		String host = environment.getOrDefault("PGHOST", "localhost");
		String port = environment.getOrDefault("PGPORT", "5432");
		String name = environment.getOrDefault("PGDATABASE", "postgres");
		return new DemoDatabase(
				setting(springArgs, environment, "url", "jdbc:postgresql://" + host + ":" + port + "/" + name),
				setting(springArgs, environment, "username", environment.getOrDefault("PGUSER", "postgres")),
				setting(springArgs, environment, "password", environment.getOrDefault("PGPASSWORD", "")));
	}

	private static String setting(List<String> springArgs, Map<String, String> environment, String name,
			String defaultValue) {
		String prefix = "--spring.datasource." + name + "=";
		return springArgs.stream()
			.filter((arg) -> arg.startsWith(prefix))
			.map((arg) -> arg.substring(prefix.length()))
			.reduce((first, last) -> last)
			.orElse(environment.getOrDefault("SPRING_DATASOURCE_" + name.toUpperCase(Locale.ROOT), defaultValue));
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.username, this.password);
	}

	/** Why the database cannot be reached, or {@code null} when it can. */
	String problem() {
		DriverManager.setLoginTimeout(5);
		try (Connection connection = connect()) {
			return null;
		}
		catch (SQLException ex) {
			return ex.getMessage();
		}
	}

	@Override
	public String toString() {
		return "DemoDatabase[" + this.url + ", " + this.username + "]";
	}

	static boolean isName(String name) {
		return NAME.matcher(name).matches();
	}

	/** The database {@code name} on the same server. */
	DemoDatabase named(String name) {
		Matcher url = URL.matcher(this.url);
		if (!url.matches()) {
			throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + this.url);
		}
		return new DemoDatabase(url.group(1) + name + ((url.group(3) != null) ? url.group(3) : ""), this.username,
				this.password);
	}

	/**
	 * Creates {@code name} afresh on this server: drops it first when an earlier demo
	 * made it; refuses a database of that name that is not the demo's.
	 */
	DemoDatabase createFresh(String name) throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			dropIfDemo(connection, name);
			statement.execute("CREATE DATABASE " + name);
			statement.execute("COMMENT ON DATABASE " + name + " IS '" + MARK + "'");
		}
		return named(name);
	}

	/**
	 * Drops {@code name} if it is the demo's.
	 * @return whether there was one to drop
	 */
	boolean drop(String name) throws SQLException {
		try (Connection connection = connect()) {
			return dropIfDemo(connection, name);
		}
	}

	private static boolean dropIfDemo(Connection connection, String name) throws SQLException {
		try (PreparedStatement find = connection
			.prepareStatement("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = ?")) {
			find.setString(1, name);
			try (ResultSet rs = find.executeQuery()) {
				if (!rs.next()) {
					return false;
				}
				if (!MARK.equals(rs.getString(1))) {
					throw new SQLException("a database " + name + " exists and is not the demo's: choose another"
							+ " name with --database=NAME");
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
		}
		return true;
	}

}
