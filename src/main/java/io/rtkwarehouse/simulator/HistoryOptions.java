package io.rtkwarehouse.simulator;

import java.time.LocalDate;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * The {@code simulator} command's options for a history of livestreams
 * ({@link Activity}): the activity mix, when the apps were created, and the two ways of
 * counting that break additivity on purpose.
 */
final class HistoryOptions {

	@Option(names = "--activity-mix", paramLabel = "<idle>,<weekly>,<daily>",
			description = "shares of the apps, summing to 1, that never livestream, that livestream one UTC day a "
					+ "week, every day: serves a history of livestreams, none before an app's created_at or after "
					+ "now, whose totals add up exactly over any split of a window; usage follows the active days")
	private String mix;

	@Option(names = "--created-from", paramLabel = "<YYYY-MM-DD>",
			description = "with --created-to: the apps' created_at spread over these dates (default a day apart from "
					+ "2020-01-01)")
	private LocalDate createdFrom;

	@Option(names = "--created-to", paramLabel = "<YYYY-MM-DD>", description = "the last creation date")
	private LocalDate createdTo;

	@Option(names = "--count-overlapping",
			description = "a livestream counts in every window it overlaps: one crossing midnight counts in both days, "
					+ "so days no longer add up to their span (needs --activity-mix)")
	private boolean countOverlapping;

	@Option(names = "--end-inclusive",
			description = "end_time is inclusive: a livestream starting exactly at a window's end counts in it and in "
					+ "the next (needs --activity-mix)")
	private boolean endInclusive;

	void validate(OptionRules rules) {
		rules.check(mix == null || activityMix() != null, "--activity-mix",
				"must be three shares from 0 to 1 that sum to 1");
		rules.check(createdTo != null || createdFrom == null, "--created-from", "needs --created-to");
		rules.check(createdFrom != null || createdTo == null, "--created-to", "needs --created-from");
		rules.check(createdFrom == null || !createdTo.isBefore(createdFrom), "--created-to",
				"must not be before --created-from");
		rules.check(mix != null || !countOverlapping, "--count-overlapping", "needs --activity-mix");
		rules.check(mix != null || !endInclusive, "--end-inclusive", "needs --activity-mix");
	}

	/** The mix given, or null if it is not one. */
	private ActivityMix activityMix() {
		String[] shares = mix.split(",", -1);
		try {
			return (shares.length == 3) ? new ActivityMix(Double.parseDouble(shares[0]), Double.parseDouble(shares[1]),
					Double.parseDouble(shares[2])) : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	List<ApiSimulator.App> apps(int n) {
		return (createdFrom != null) ? Activity.apps(n, createdFrom, createdTo) : ApiSimulator.apps(n);
	}

	void configure(Activity activity) {
		activity.mix((mix != null) ? activityMix() : null)
			.countOverlapping(countOverlapping)
			.endInclusive(endInclusive);
	}

}
