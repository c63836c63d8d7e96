package io.rtkwarehouse.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import io.rtkwarehouse.run.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad usage: one line that names the problem, a "did you mean" where picocli has a
 * suggestion, where to find the help, exit 2. Nothing has started yet.
 */
final class UsageErrors implements IParameterExceptionHandler {

	@Override
	public int handleParseException(ParameterException ex, String[] args) {
		CommandLine commandLine = ex.getCommandLine();
		PrintWriter err = commandLine.getErr();
		err.println("error: " + message(ex));
		if (ex instanceof UnmatchedArgumentException unmatched) {
			UnmatchedArgumentException.printSuggestions(unmatched, err);
		}
		boolean top = commandLine.getParent() == null;
		err.println("run: java -jar rtk-warehouse.jar " + (top ? "" : commandLine.getCommandName() + " ") + "--help");
		err.flush();
		return ExitCodes.USAGE;
	}

	static String message(ParameterException ex) {
		CommandLine commandLine = ex.getCommandLine();
		String command = commandLine.getCommandName();
		List<String> unmatched = (ex instanceof UnmatchedArgumentException found) ? found.getUnmatched()
				: commandLine.getUnmatchedArguments();
		if (!unmatched.isEmpty()) {
			// An unknown option explains a missing one better than the other way round.
			String first = unmatched.get(0);
			if (first.startsWith("-")) {
				String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
				return "unknown option " + name + ((commandLine.getParent() != null) ? " for " + command : "");
			}
			if (commandLine.getParent() == null) {
				return "unknown command '" + first + "'";
			}
			return "unexpected argument '" + first + "': options look like --name=value";
		}
		if (ex instanceof MissingParameterException missing) {
			return missing(missing.getMissing());
		}
		if (ex instanceof OverwrittenOptionException overwritten) {
			return "option " + name(overwritten.getOverwritten()) + " is given twice";
		}
		if (ex instanceof MutuallyExclusiveArgsException) {
			return ex.getMessage()
				.replaceFirst("^Error: ", "")
				.replace(", ", " and ")
				.replace(" are mutually exclusive (specify only one)", " exclude each other");
		}
		if (ex.getArgSpec() != null && ex.getValue() != null && ex.getCause() != null) {
			return Options.badValue(ex);
		}
		return ex.getMessage();
	}

	private static String missing(List<ArgSpec> specs) {
		ArgSpec first = specs.get(0);
		if (first.required() || !(first instanceof OptionSpec)) {
			return specs.stream()
				.map((spec) -> name(spec) + "=" + spec.paramLabel())
				.collect(Collectors.joining(" and ")) + " is required";
		}
		return "option " + name(first) + " needs a value: " + name(first) + "=" + first.paramLabel();
	}

	private static String name(ArgSpec spec) {
		return (spec instanceof OptionSpec option) ? option.longestName() : spec.paramLabel();
	}

}
