package io.rtkwarehouse.simulator;

/**
 * How the served apps are active, as shares of them that sum to 1: idle apps never
 * livestream, weekly ones livestream on one UTC day of each week, daily ones every day.
 * Which app is which follows from its id; the shares are kept as closely as the number of
 * apps allows ({@code round(share * apps)} each, give or take one).
 */
public record ActivityMix(double idleShare, double weeklyShare, double dailyShare) {

	/** What an app does under a mix. */
	public enum Kind {

		IDLE, WEEKLY, DAILY

	}

	public ActivityMix {
		check(idleShare, "idleShare");
		check(weeklyShare, "weeklyShare");
		check(dailyShare, "dailyShare");
		double sum = idleShare + weeklyShare + dailyShare;
		if (Math.abs(sum - 1) > 1e-9) {
			throw new IllegalArgumentException("the shares of an activity mix must sum to 1, got " + sum);
		}
	}

	/** The kind of the app at this place (0-based) of {@code apps} apps. */
	Kind kind(long place, long apps) {
		double middle = (place + 0.5) / apps;
		if (middle < idleShare) {
			return Kind.IDLE;
		}
		return (middle < idleShare + weeklyShare) ? Kind.WEEKLY : Kind.DAILY;
	}

	private static void check(double share, String name) {
		if (!(share >= 0 && share <= 1)) {
			throw new IllegalArgumentException(name + " must be between 0 and 1, got " + share);
		}
	}

}
