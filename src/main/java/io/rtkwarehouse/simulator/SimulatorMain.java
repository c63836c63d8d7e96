package io.rtkwarehouse.simulator;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs {@link SimulatorCommand} on its own: {@code java -jar target/rtk-warehouse.jar
 * simulator [options]}, or this class's {@code main} with picocli on the class path.
 */
public final class SimulatorMain {

	private SimulatorMain() {
	}

	public static void main(String[] args) {
		int code = run(args);
		if (code != 0) {
			System.exit(code);
		}
	}

	/** Returns 0 after a clean stop, 1 if the server cannot start, 2 for bad usage. */
	public static int run(String[] args) {
		return commandLine(new SimulatorCommand()).execute(args);
	}

	static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
		return commandLine(new SimulatorCommand(stdin)).setOut(new PrintWriter(out, true))
			.setErr(new PrintWriter(err, true))
			.execute(args);
	}

	/** The command, answering bad usage with the problem and where the help is. */
	private static CommandLine commandLine(SimulatorCommand command) {
		return new CommandLine(command).setParameterExceptionHandler((ex, args) -> {
			PrintWriter err = ex.getCommandLine().getErr();
			err.println(ex.getMessage());
			UnmatchedArgumentException.printSuggestions(ex, err);
			err.println("Try 'java -jar target/rtk-warehouse.jar simulator --help'.");
			return ex.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
		});
	}

}
