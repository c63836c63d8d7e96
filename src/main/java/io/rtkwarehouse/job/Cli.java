package io.rtkwarehouse.job;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

import io.rtkwarehouse.RtkWarehouseApplication;
import io.rtkwarehouse.config.InvalidConfigurationException;
import io.rtkwarehouse.source.ApiAuthorizationException;
import io.rtkwarehouse.source.ApiException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line of the jar: parses the command, starts Spring, runs the command and
 * maps every outcome to an exit code.
 */
public final class Cli {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int USAGE = 2;

	public static final int LOCKED = 3;

	static final String EXIT_CODES = """
			Exit codes:
			  0  every window was loaded
			  1  the run failed (the failed windows and the reason are printed)
			  2  bad usage or configuration: nothing was written
			  3  another run of the same account holds the lock""";

	private Cli() {
	}

	public static int run(String... args) {
		return run(System.out, System.err, args);
	}

	static int run(PrintStream out, PrintStream err, String... args) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
			(args.length == 0 ? err : out).println(usage());
			return (args.length == 0) ? USAGE : OK;
		}
		if (args[0].equals("simulator")) {
			return io.rtkwarehouse.simulator.SimulatorMain.run(Arrays.copyOfRange(args, 1, args.length));
		}
		Invocation invocation;
		try {
			invocation = Invocation.parse(args);
		}
		catch (UsageException ex) {
			err.println("error: " + ex.getMessage());
			err.println((ex.command() != null)
					? "run: java -jar rtk-warehouse.jar " + ex.command().commandName() + " --help"
					: "run: java -jar rtk-warehouse.jar --help");
			return USAGE;
		}
		if (invocation.help()) {
			out.println(invocation.command().help());
			return OK;
		}
		if (invocation.command() == Command.DEMO) {
			return DemoCommand.run(invocation, System.getenv(), out, err);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RtkWarehouseApplication.class)
			.logStartupInfo(false)
			.run(invocation.springArgs().toArray(String[]::new))) {
			return switch (invocation.command()) {
				case BACKFILL, NIGHTLY -> context.getBean(RunCoordinator.class).run(invocation, out, err);
				case GAPS -> context.getBean(WarehouseCommands.class).gaps(invocation, out);
				case STATUS -> context.getBean(WarehouseCommands.class).status(invocation, out);
				case DEMO -> throw new IllegalStateException("demo runs without a context of its own");
				case REBUILD -> context.getBean(WarehouseCommands.class).rebuild(invocation, out, err);
			};
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			err.println("error: interrupted");
			return FAILED;
		}
		catch (RuntimeException ex) {
			return report(ex, err);
		}
	}

	/**
	 * Maps a failure outside the job (configuration, database) to a message and an exit
	 * code.
	 */
	static int report(Throwable ex, PrintStream err) {
		InvalidConfigurationException invalid = find(ex, InvalidConfigurationException.class);
		if (invalid != null) {
			err.println("error: the configuration is not usable; nothing was written:");
			invalid.problems().forEach((problem) -> err.println("  - " + problem));
			return USAGE;
		}
		ApiAuthorizationException denied = find(ex, ApiAuthorizationException.class);
		if (denied != null) {
			err.println("error: " + denied.getMessage());
			return FAILED;
		}
		ApiException api = find(ex, ApiException.class);
		if (api != null) {
			err.println("error: " + api.getMessage());
			return FAILED;
		}
		SQLException sql = find(ex, SQLException.class);
		if (sql != null) {
			err.println("error: the database cannot be reached or went away: " + sql.getMessage()
					+ " (check spring.datasource.url and that PostgreSQL is up). Run the same command again when"
					+ " it is back: the run resumes where it stopped.");
			return FAILED;
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		err.println("error: " + ex.getMessage() + ((root != ex) ? " (cause: " + root.getMessage() + ")" : ""));
		return FAILED;
	}

	static <T extends Throwable> T find(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	static String usage() {
		String commands = Arrays.stream(Command.values())
			.map((command) -> String.format("  %-10s %s", command.commandName(), command.summary()))
			.collect(Collectors.joining("\n"));
		return """
				rtk-warehouse: Cloudflare RealtimeKit livestream analytics into PostgreSQL.

				Usage: java -jar rtk-warehouse.jar <command> [options] [--property=value ...]

				Commands:
				%s

				Run 'java -jar rtk-warehouse.jar <command> --help' for the options of a command.
				The API token and account come from CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID;
				the database from spring.datasource.* (default: PostgreSQL on localhost:5432, user postgres).

				%s""".formatted(commands, EXIT_CODES);
	}

}
