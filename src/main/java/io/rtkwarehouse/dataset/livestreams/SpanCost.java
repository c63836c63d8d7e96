package io.rtkwarehouse.dataset.livestreams;

import java.util.List;
import java.util.Locale;

import io.rtkwarehouse.dataset.Dataset.Cost;
import io.rtkwarehouse.dataset.Request;

/** What the planned requests of an app may cost in API calls, for the dry run. */
final class SpanCost {

	/** The fewest loaded days whose share of activity an estimate rests on. */
	private static final int MIN_HISTORY_DAYS = 7;

	private SpanCost() {
	}

	/**
	 * Spans cost one call when idle and one more per day when active; the expectation
	 * takes each span's chance of activity from the share of active days among the app's
	 * loaded days (or the account's, for an app the warehouse holds too little of).
	 */
	static Cost of(DailyRows rows, String accountId, String appId, List<Request> requests) {
		if (requests.stream().allMatch((request) -> request.days().days() == 1)) {
			return Cost.exact(requests);
		}
		long[] known = rows.activity(accountId, appId);
		String basis = "the app's " + known[0] + " loaded day(s)";
		if (known[0] < MIN_HISTORY_DAYS) {
			known = rows.activity(accountId, null);
			basis = "the account's " + known[0] + " loaded day(s)";
		}
		Double expected = null;
		if (known[0] >= MIN_HISTORY_DAYS) {
			double active = (double) known[1] / known[0];
			expected = requests.stream().mapToDouble((request) -> {
				long n = request.days().days();
				return (n == 1) ? 1 : 1 + (1 - Math.pow(1 - active, n)) * split(n, active);
			}).sum();
			basis += String.format(Locale.ROOT, ", %.0f %% of them active", 100 * active);
		}
		return Cost.ofSpans(requests, expected, basis);
	}

	/**
	 * About what splitting a span of n days with activity costs when a share of its days
	 * is active: its days when half or more may be ({@link ZeroSpans#group}), else, for
	 * each of its k active days, a part of g days and ⌈log2 g⌉ halvings down to it, and a
	 * part for each of the other parts of g days, which answer zeros.
	 */
	static double split(long n, double active) {
		double k = Math.max(1, Math.ceil(active * n));
		int g = ZeroSpans.group(k, n);
		if (g <= 1) {
			return n;
		}
		double halvings = Math.ceil(Math.log(g) / Math.log(2));
		return Math.min(n, k * (1 + halvings) + Math.max(0, (double) n / g - k));
	}

}
