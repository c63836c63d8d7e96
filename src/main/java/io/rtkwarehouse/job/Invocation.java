package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed command line: the command, its options, and the Spring Boot properties given
 * as {@code --name.with.dots=value}. Parsing needs no Spring context, so bad usage is
 * reported before anything connects anywhere.
 */
record Invocation(Command command, Map<String, String> options, List<String> springArgs, boolean help) {

	static Invocation parse(String... args) {
		if (args.length == 0) {
			throw new UsageException("no command given");
		}
		Command command = Command.named(args[0])
			.orElseThrow(() -> new UsageException("unknown command '" + args[0] + "'"));
		Map<String, String> options = new LinkedHashMap<>();
		List<String> springArgs = new ArrayList<>();
		boolean help = false;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				help = true;
				continue;
			}
			if (!arg.startsWith("--") || arg.length() == 2) {
				throw new UsageException("unexpected argument '" + arg + "': options look like --name=value", command);
			}
			int equals = arg.indexOf('=');
			String name = arg.substring(2, (equals < 0) ? arg.length() : equals);
			if (name.contains(".")) {
				springArgs.add(arg);
				continue;
			}
			Command.Option option = command.option(name)
				.orElseThrow(() -> new UsageException("unknown option --" + name + " for " + command.commandName(),
						command));
			if (option.flag()) {
				if (equals >= 0) {
					throw new UsageException("option --" + name + " takes no value", command);
				}
				options.put(name, "true");
			}
			else {
				if (equals < 0 || equals == arg.length() - 1) {
					throw new UsageException(
							"option --" + name + " needs a value: --" + name + "=" + option.valueHint(), command);
				}
				if (options.put(name, arg.substring(equals + 1)) != null) {
					throw new UsageException("option --" + name + " is given twice", command);
				}
			}
		}
		Invocation invocation = new Invocation(command, options, springArgs, help);
		if (!help) {
			invocation.validate();
		}
		return invocation;
	}

	private void validate() {
		if (this.command == Command.BACKFILL || this.command == Command.GAPS || this.command == Command.REBUILD) {
			LocalDate from = date("from")
				.orElseThrow(() -> new UsageException("--from=YYYY-MM-DD is required", this.command));
			LocalDate to = date("to")
				.orElseThrow(() -> new UsageException("--to=YYYY-MM-DD is required", this.command));
			if (from.isAfter(to)) {
				throw new UsageException("--from=" + from + " is after --to=" + to, this.command);
			}
		}
		date("date");
		apps();
		count("runs", 1);
		if (flag("missing-only") && flag("refetch")) {
			throw new UsageException("--missing-only and --refetch exclude each other", this.command);
		}
	}

	Optional<LocalDate> date(String name) {
		String value = this.options.get(name);
		if (value == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(value));
		}
		catch (DateTimeParseException ex) {
			throw new UsageException("--" + name + "=" + value + " is not a date of the form YYYY-MM-DD", this.command);
		}
	}

	/** The apps given with --apps, or empty when the option is absent. */
	Optional<List<String>> apps() {
		String value = this.options.get("apps");
		if (value == null) {
			return Optional.empty();
		}
		List<String> apps = RunParameters.splitApps(value).stream().distinct().toList();
		if (apps.isEmpty()) {
			throw new UsageException("--apps is empty: give app ids separated by commas", this.command);
		}
		return Optional.of(apps);
	}

	/** A positive whole number option, or its default. */
	int count(String name, int defaultValue) {
		String value = this.options.get(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			int count = Integer.parseInt(value);
			if (count > 0) {
				return count;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new UsageException("--" + name + "=" + value + " is not a positive whole number", this.command);
	}

	boolean flag(String name) {
		return this.options.containsKey(name);
	}

}
