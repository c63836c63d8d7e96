package io.rtkwarehouse.cli;

import java.util.List;
import java.util.concurrent.Callable;

import io.rtkwarehouse.run.ExitCodes;
import io.rtkwarehouse.simulator.SimulatorCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The jar's top-level command: its subcommands are the commands. */
@Command(name = "java -jar rtk-warehouse.jar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		customSynopsis = "Usage: java -jar rtk-warehouse.jar <command> [options] [--property=value ...]",
		header = "rtk-warehouse: Cloudflare RealtimeKit livestream analytics into PostgreSQL.%n",
		commandListHeading = "%nCommands:%n",
		footer = { "", "Run 'java -jar rtk-warehouse.jar <command> --help' for the options of a command.",
				"The API token and account come from CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID;",
				"the database from spring.datasource.* (default: PostgreSQL on localhost:5432, user postgres).",
				"Any --name=value whose name contains a dot sets a Spring Boot property for the run." })
class RtkWarehouseCommand implements Callable<Integer> {

	/**
	 * The commands, in the order the usage lists them. Not in {@code @Command}: picocli
	 * would build the model of every one of them, reflection and all, at each start,
	 * where a command line needs only the one it names ({@link Cli}).
	 */
	static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, CheckCommand.class, BackfillCommand.class,
			NightlyCommand.class, GapsCommand.class, StatusCommand.class, ReportCommand.class, RebuildCommand.class,
			ReconcileCommand.class, SimulatorCommand.class, HelpCommand.class, TrainClassCacheCommand.class);

	private final Session session;

	@Spec
	CommandSpec spec;

	RtkWarehouseCommand(Session session) {
		this.session = session;
	}

	Session session() {
		return this.session;
	}

	/** No command given: the usage, on standard error, and exit 2. */
	@Override
	public Integer call() {
		this.spec.commandLine().usage(this.session.err());
		return ExitCodes.USAGE;
	}

}
