package io.rtkwarehouse.simulator;

import java.time.Duration;

import io.rtkwarehouse.simulator.RangeRules.UnreadableTime;
import picocli.CommandLine.Option;

/**
 * The {@code simulator} command's options for how the API reads a range, where its
 * contract leaves that open ({@link RangeRules}).
 */
final class RangeOptions {

	@Option(names = "--retention", paramLabel = "<span>", defaultValue = "0", converter = SpanConverter.class,
			description = "windows (and daywise days) starting before now minus this answer zeros with a 200, as if "
					+ "erased; like 180d, 0 = keep all")
	private Duration retention = Duration.ZERO;

	@Option(names = "--max-range", paramLabel = "<span>", defaultValue = "0", converter = SpanConverter.class,
			description = "ranges longer than this get a 400 (usage: more dates than days); like 31d, 0 = any")
	private Duration maxRange = Duration.ZERO;

	@Option(names = "--ignore-range",
			description = "livestream endpoints answer all-time totals whatever start_time and end_time say")
	private boolean ignoreRange;

	@Option(names = "--unreadable-time", paramLabel = "<refuse|ignore>", defaultValue = "refuse",
			description = "a time not in --time-format gets a 400 (refuse) or all-time totals (ignore)")
	private String unreadableTime = "refuse";

	@Option(names = "--lying-spans",
			description = "overall answers zeros for every window longer than a day: a broken API, to test a check")
	private boolean lyingSpans;

	void validate(OptionRules rules) {
		rules.check("refuse".equalsIgnoreCase(unreadableTime) || "ignore".equalsIgnoreCase(unreadableTime),
				"--unreadable-time", "must be refuse or ignore");
	}

	void configure(RangeRules rules) {
		rules.retention(retention)
			.maxRange(maxRange)
			.ignoreRange(ignoreRange)
			.unreadableTime("ignore".equalsIgnoreCase(unreadableTime) ? UnreadableTime.IGNORE : UnreadableTime.REFUSE)
			.spansLie(lyingSpans);
	}

}
