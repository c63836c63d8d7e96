package io.rtkwarehouse.simulator;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Refuses a value of the {@code simulator} command's options as picocli refuses one it
 * cannot parse: the option named, with the rule and what was given (exit 2).
 */
final class OptionRules {

	private final CommandSpec spec;

	OptionRules(CommandSpec spec) {
		this.spec = spec;
	}

	void check(boolean valid, String option, String rule) {
		if (!valid) {
			String given = String.join(" ", spec.findOption(option).originalStringValues());
			throw new ParameterException(spec.commandLine(),
					"Invalid value for option '" + option + "': " + rule + ", got '" + given + "'");
		}
	}

	void share(double share, String option) {
		check(share >= 0 && share <= 1, option, "must be a number from 0 to 1");
	}

	void milliseconds(long ms, String option) {
		check(ms >= 0 && ms <= Integer.MAX_VALUE, option, "must be an integer >= 0");
	}

}
