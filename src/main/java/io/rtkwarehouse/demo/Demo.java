package io.rtkwarehouse.demo;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

import io.rtkwarehouse.simulator.ApiSimulator;

/**
 * {@code demo}: the first five minutes without a Cloudflare account. Starts the API
 * simulator, runs a real backfill of 3 apps x 30 days against it into a database, and
 * shows the result.
 */
public final class Demo {

	/**
	 * The demo's account id: 32 hex digits, like a real one, and easy to spot and delete.
	 */
	public static final String ACCOUNT = "00000000000000000000000000000de0";

	private static final String TOKEN = "demo-token";

	/** The demo's own database, on the configured server. */
	public static final String DEFAULT_DATABASE = "rtk_demo";

	/** The first example query of docs/sql.md (a test keeps the two equal). */
	public static final String QUERY = """
			SELECT account_id, app_id, app_name, sum(livestream_count) AS livestreams, sum(viewer_hours) AS viewer_hours,
			       count(*) AS loaded_days
			FROM rtk.livestream_daily_v
			WHERE day >= current_date - 30 AND NOT is_stale
			GROUP BY account_id, app_id, app_name
			ORDER BY viewer_hours DESC NULLS LAST;
			""";

	private Demo() {
	}

	/**
	 * Runs the demo.
	 * @param springArgs the {@code --name.with.dots=value} arguments of the command line
	 * @param name the demo's own database, created afresh on the configured server
	 * @param binaries PostgreSQL for a server of the demo's own, where the configured one
	 * cannot be reached
	 * @param atHalt registers what stops that server when a signal ends the process at
	 * once, and returns what forgets it
	 * @param commandLine runs a command line of the jar (the backfill) and returns its
	 * exit code
	 * @return the exit code
	 */
	public static int run(List<String> springArgs, Map<String, String> environment, String name,
			PostgresBinaries binaries, UnaryOperator<Runnable> atHalt, PrintStream out, PrintStream err,
			ToIntFunction<String[]> commandLine) {
		if (!DemoDatabase.isName(name)) {
			err.println("error: --database=" + name + " is not a plain database name (a-z, 0-9, _)");
			return 2;
		}
		DemoDatabase server = DemoDatabase.configured(springArgs, environment);
		EmbeddedServer embedded = null;
		Runnable forget = () -> {
		};
		try (ApiSimulator api = ApiSimulator.start(0).token(TOKEN).account(ACCOUNT).apps(ApiSimulator.apps(3))) {
			out.println("API simulator listening on " + api.baseUrl() + " (3 apps, made-up numbers)");
			DemoDatabase database;
			String unreachable = server.problem();
			if (unreachable == null) {
				database = server.createFresh(name);
				out.println("Database: " + database.url() + " (the demo's own, on the configured server)");
			}
			else {
				if (EmbeddedServer.refusal() == null) {
					out.println("No PostgreSQL at " + server.url() + " (" + unreachable + "): starting one of the"
							+ " demo's own, PostgreSQL " + PostgresBinaries.VERSION.replaceFirst("\\.0$", "")
							+ " (its binaries are downloaded once from " + binaries.repository() + " into "
							+ binaries.cache() + ")...");
				}
				try {
					embedded = EmbeddedServer.start(binaries);
				}
				catch (EmbeddedServer.CannotStartException ex) {
					err.println("error: the demo needs PostgreSQL, and there is none at " + server.url() + " ("
							+ unreachable + ") and it could not start its own: " + ex.getMessage()
							+ ". Start PostgreSQL locally (any version from 12; user postgres) or point the demo at"
							+ " one with --spring.datasource.url=jdbc:postgresql://host:5432/db"
							+ " --spring.datasource.username=... --spring.datasource.password=...");
					return 2;
				}
				forget = atHalt.apply(embedded::close);
				database = embedded.database();
				out.println("Database: " + database.url() + " (the demo's own server; removed when the demo ends)");
			}
			int exitCode = backfill(api, database, out, commandLine);
			if (exitCode != 0) {
				return exitCode;
			}
			show(database, out);
			next(database, name, embedded == null, springArgs, out);
			return 0;
		}
		catch (SQLException ex) {
			err.println("error: the demo's database: " + ex.getMessage());
			return 1;
		}
		finally {
			forget.run();
			if (embedded != null) {
				embedded.close();
			}
		}
	}

	/** {@code demo --remove}: drops the demo's database. */
	public static int remove(List<String> springArgs, Map<String, String> environment, String name, PrintStream out,
			PrintStream err) {
		if (!DemoDatabase.isName(name)) {
			err.println("error: --database=" + name + " is not a plain database name (a-z, 0-9, _)");
			return 2;
		}
		DemoDatabase server = DemoDatabase.configured(springArgs, environment);
		try {
			out.println(server.drop(name) ? "Dropped the demo's database " + server.named(name).url()
					: "No demo database " + name + " on " + server.url() + ": nothing to remove");
			return 0;
		}
		catch (SQLException ex) {
			err.println("error: could not remove the demo's database " + name + ": " + ex.getMessage());
			return 1;
		}
	}

	private static int backfill(ApiSimulator api, DemoDatabase database, PrintStream out,
			ToIntFunction<String[]> commandLine) {
		LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
		List<String> args = new ArrayList<>(List.of("backfill", "--from=" + yesterday.minusDays(29),
				"--to=" + yesterday, "--rtk.base-url=" + api.baseUrl(), "--rtk.api-token=" + TOKEN,
				"--rtk.account-id=" + ACCOUNT, "--rtk.zone=UTC", "--rtk.rate.requests-per-second=50",
				"--rtk.rate.concurrency=8", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username()));
		out.println();
		out.println("$ java -jar target/rtk-warehouse.jar " + String.join(" ", args)
				+ (database.password().isEmpty() ? "" : " --spring.datasource.password=..."));
		args.add("--spring.datasource.password=" + database.password());
		return commandLine.applyAsInt(args.toArray(String[]::new));
	}

	/** What to try next: commands that run as they are printed. */
	private static void next(DemoDatabase database, String name, boolean kept, List<String> springArgs,
			PrintStream out) {
		String login = " --spring.datasource.username=" + database.username()
				+ (database.password().isEmpty() ? "" : " --spring.datasource.password=...");
		out.println();
		out.println("That was the real backfill job, against a simulator (it stopped with the demo).");
		if (kept) {
			out.println("The demo's rows stay in " + database.url() + ". Look at them, then remove them:");
			out.println(
					"  java -jar target/rtk-warehouse.jar status --spring.datasource.url=" + database.url() + login);
			out.println("  java -jar target/rtk-warehouse.jar demo --remove"
					+ (name.equals(DEFAULT_DATABASE) ? "" : " --database=" + name)
					+ String.join("",
							springArgs.stream()
								.filter((arg) -> !arg.startsWith("--spring.datasource.password="))
								.map((arg) -> " " + arg)
								.toList()));
		}
		else {
			out.println("The demo's own PostgreSQL stopped with it, and its rows with it; to keep them, start the"
					+ " demo with a server of yours.");
		}
		out.println("To load your account:");
		out.println(
				"  export CLOUDFLARE_API_TOKEN=...   # a token with the \"Realtime\" or \"Realtime Admin\" permission");
		out.println("  export CLOUDFLARE_ACCOUNT_ID=...");
		LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
		out.println("  java -jar target/rtk-warehouse.jar backfill --from=2025-01-01 --to=" + yesterday + " --dry-run");
		out.println("  java -jar target/rtk-warehouse.jar backfill --from=2025-01-01 --to=" + yesterday);
		out.println("  java -jar target/rtk-warehouse.jar nightly   # every night (see jobs/)");
	}

	private static void show(DemoDatabase database, PrintStream out) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			List<String> apps = new ArrayList<>();
			try (ResultSet rs = statement
				.executeQuery("SELECT DISTINCT app_id FROM rtk.livestream_daily WHERE account_id = '" + ACCOUNT
						+ "' ORDER BY 1")) {
				while (rs.next()) {
					apps.add(rs.getString(1));
				}
			}
			for (String app : apps) {
				out.println();
				out.println("rtk.livestream_daily_v, app " + app + ", last 7 of 30 days:");
				print(statement.executeQuery("""
						SELECT day, livestream_count AS livestreams, ingest_hours, viewer_hours,
						       avg_viewer_minutes_per_livestream AS avg_viewer_min
						FROM rtk.livestream_daily_v WHERE account_id = '%s' AND app_id = '%s'
						ORDER BY day DESC LIMIT 7""".formatted(ACCOUNT, app)), out);
			}
			out.println();
			out.println("A query from docs/sql.md: viewer hours and livestreams per app over the last 30 days");
			out.println(QUERY.strip());
			print(statement.executeQuery(QUERY), out);
		}
	}

	/** Prints a result set as an aligned text table. */
	private static void print(ResultSet rs, PrintStream out) throws SQLException {
		try (rs) {
			ResultSetMetaData meta = rs.getMetaData();
			int columns = meta.getColumnCount();
			List<String[]> rows = new ArrayList<>();
			String[] header = new String[columns];
			for (int i = 0; i < columns; i++) {
				header[i] = meta.getColumnLabel(i + 1);
			}
			rows.add(header);
			while (rs.next()) {
				String[] row = new String[columns];
				for (int i = 0; i < columns; i++) {
					Object value = rs.getObject(i + 1);
					row[i] = (value != null) ? value.toString() : "NULL";
				}
				rows.add(row);
			}
			int[] widths = new int[columns];
			rows.forEach((row) -> {
				for (int i = 0; i < columns; i++) {
					widths[i] = Math.max(widths[i], row[i].length());
				}
			});
			for (String[] row : rows) {
				StringBuilder line = new StringBuilder("  ");
				for (int i = 0; i < columns; i++) {
					line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s  ", row[i]));
				}
				out.println(line.toString().stripTrailing());
			}
		}
	}

}
