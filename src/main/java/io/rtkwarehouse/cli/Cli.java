package io.rtkwarehouse.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import io.rtkwarehouse.run.Failures;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/**
 * The command line of the jar. Commands are parsed before Spring starts, so bad usage
 * answers at once and writes nothing; arguments {@code --name.with.dots=value} are Spring
 * Boot properties for the run and are handed to Spring as they are.
 */
public final class Cli {

	private Cli() {
	}

	public static void main(String[] args) {
		// The machine's locale and zone change nothing: names, numbers and messages are
		// the same everywhere, and Spring Batch's local times are UTC.
		Locale.setDefault(Locale.ROOT);
		TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
		Signals.install();
		// A thread that dies prints one line, never a stack trace (that goes to DEBUG).
		Thread.setDefaultUncaughtExceptionHandler((thread, ex) -> {
			LoggerFactory.getLogger(Cli.class).debug("Thread {} ended with a failure", thread.getName(), ex);
			System.err.println("error: " + Failures.describe(ex));
		});
		System.exit(run(System.out, System.err, args));
	}

	public static int run(PrintStream out, PrintStream err, String... args) {
		List<String> springArgs = new ArrayList<>();
		List<String> commandArgs = new ArrayList<>();
		for (String arg : args) {
			(isProperty(arg) ? springArgs : commandArgs).add(arg);
		}
		CommandLine commandLine = commandLine(new Session(out, err, List.copyOf(springArgs)), commandArgs);
		int exitCode = commandLine.execute(commandArgs.toArray(String[]::new));
		commandLine.getOut().flush();
		commandLine.getErr().flush();
		return exitCode;
	}

	/**
	 * The command an argument list names, parsed but not run (for checks of the files in
	 * {@code jobs/}).
	 * @throws CommandLine.ParameterException for bad usage
	 */
	static Object parse(String... args) {
		List<String> commandArgs = new ArrayList<>();
		for (String arg : args) {
			if (!isProperty(arg)) {
				commandArgs.add(arg);
			}
		}
		ParseResult result = commandLine(new Session(System.out, System.err, List.of()), commandArgs)
			.parseArgs(commandArgs.toArray(String[]::new));
		return result.hasSubcommand() ? result.subcommand().commandSpec().userObject() : null;
	}

	private static boolean isProperty(String arg) {
		if (!arg.startsWith("--")) {
			return false;
		}
		int equals = arg.indexOf('=');
		return arg.substring(2, (equals < 0) ? arg.length() : equals).contains(".");
	}

	/**
	 * The command line for {@code args}: with only the command they name when they start
	 * with one (other than {@code help}), else with every command, for the usage, the
	 * help and the suggestions of a mistyped name.
	 */
	private static CommandLine commandLine(Session session, List<String> args) {
		CommandLine commandLine = new CommandLine(new RtkWarehouseCommand(session), new CommandFactory(session));
		String named = args.isEmpty() ? "" : args.get(0);
		List<Class<?>> commands = RtkWarehouseCommand.COMMANDS.stream()
			.filter((type) -> !named.equals("help") && type.getAnnotation(Command.class).name().equals(named))
			.toList();
		(commands.isEmpty() ? RtkWarehouseCommand.COMMANDS : commands).forEach(commandLine::addSubcommand);
		commandLine.setOut(writer(session.out()));
		commandLine.setErr(writer(session.err()));
		commandLine.setParameterExceptionHandler(new UsageErrors());
		commandLine.setExecutionExceptionHandler((ex, line, parsed) -> SpringRun.report(ex, session.err()));
		commandLine.setUsageHelpAutoWidth(false);
		commandLine.setUsageHelpWidth(100);
		return commandLine;
	}

	private static PrintWriter writer(PrintStream stream) {
		return new PrintWriter(new java.io.OutputStreamWriter(stream, Charset.defaultCharset()), true);
	}

	/** Makes the commands; the top-level one gets the session. */
	private record CommandFactory(Session session) implements CommandLine.IFactory {

		@Override
		public <K> K create(Class<K> type) throws Exception {
			if (type == RtkWarehouseCommand.class) {
				return type.cast(new RtkWarehouseCommand(this.session));
			}
			return CommandLine.defaultFactory().create(type);
		}

	}

}
