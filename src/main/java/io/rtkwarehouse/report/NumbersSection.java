package io.rtkwarehouse.report;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.rtkwarehouse.warehouse.Coverage;
import io.rtkwarehouse.warehouse.Coverage.Day;
import io.rtkwarehouse.window.DayRange;

/**
 * The numbers: daily viewer hours and livestreams as a chart with the monthly sums, for
 * all apps of an account together, then per app (folded when there are many).
 */
final class NumbersSection {

	/** Up to this many apps, each app's numbers are shown unfolded. */
	private static final int OPEN_APPS = 6;

	private final DayRange range;

	private final List<AccountPart> parts;

	NumbersSection(DayRange range, List<AccountPart> parts) {
		this.range = range;
		this.parts = parts;
	}

	void appendTo(StringBuilder html) {
		html.append("<section id=\"numbers\"><h2>Numbers</h2>\n<p class=\"hint\"><span class=\"key hours\"></span>"
				+ " viewer hours per day (left axis) · <span class=\"key livestreams\"></span> livestreams per day"
				+ " (right axis); a gap where a day has no numbers (missing or failed, or before the app existed).</p>\n");
		for (AccountPart part : this.parts) {
			Map<String, List<Day>> byApp = part.byApp();
			html.append("<h3>Account <code>")
				.append(Html.text(part.account()))
				.append("</code>: all ")
				.append(byApp.size())
				.append(" app(s)</h3>\n");
			appendNumbers(part.days(), html);
			for (Map.Entry<String, List<Day>> app : byApp.entrySet()) {
				html.append("<details class=\"numbers\"")
					.append((byApp.size() <= OPEN_APPS) ? " open" : "")
					.append("><summary>")
					.append(part.app(app.getKey()))
					.append("</summary>");
				appendNumbers(app.getValue(), html);
				html.append("</details>\n");
			}
		}
		html.append("</section>\n");
	}

	/** The chart and the monthly sums of these days, summed over their apps. */
	private void appendNumbers(List<Day> days, StringBuilder html) {
		int length = (int) this.range.days();
		long[] hours = new long[length];
		long[] livestreams = new long[length];
		Arrays.fill(hours, -1);
		Arrays.fill(livestreams, -1);
		// Per month: livestreams, viewer seconds, days loaded, days failed or missing,
		// and
		// loaded days whose livestreams or viewer seconds were not given.
		Map<YearMonth, long[]> months = new TreeMap<>();
		for (YearMonth month = YearMonth.from(this.range.from()); !month
			.isAfter(YearMonth.from(this.range.to())); month = month.plusMonths(1)) {
			months.put(month, new long[6]);
		}
		for (Day day : days) {
			int i = (int) (day.day().toEpochDay() - this.range.from().toEpochDay());
			long[] month = months.get(YearMonth.from(day.day()));
			if (day.state().equals(Coverage.BEFORE_CREATED)) {
				// Before the app existed: neither loaded nor failed or missing.
				continue;
			}
			boolean loaded = !day.state().equals("failed") && !day.state().equals("missing");
			if (loaded) {
				hours[i] = plus(Math.max(hours[i], 0), value(day.viewerSeconds()));
				livestreams[i] = plus(Math.max(livestreams[i], 0), value(day.livestreams()));
				month[0] = plus(month[0], value(day.livestreams()));
				month[1] = plus(month[1], value(day.viewerSeconds()));
				month[2]++;
				month[4] += (day.livestreams() == null) ? 1 : 0;
				month[5] += (day.viewerSeconds() == null) ? 1 : 0;
			}
			else {
				month[3]++;
			}
		}
		html.append("<div class=\"numbers\">");
		Chart.appendTo(this.range, hours, livestreams, html);
		html.append("<table class=\"months\"><thead><tr><th>Month</th><th>Livestreams</th><th>Viewer hours</th>"
				+ "<th>Days loaded</th><th>Days failed or missing</th></tr></thead><tbody>");
		months.forEach((month, sums) -> html.append("<tr><td>")
			.append(month)
			.append("</td>")
			.append(sum(sums[2], sums[4], Html.count(sums[0])))
			.append(sum(sums[2], sums[5], Html.hours(sums[1])))
			.append("<td>")
			.append(Html.count(sums[2]))
			.append("</td><td>")
			.append(Html.count(sums[3]))
			.append("</td></tr>"));
		html.append("</tbody></table></div>");
	}

	/**
	 * A month's sum as a cell: blank when no day of it is loaded (nothing is known, which
	 * is not 0), and naming the loaded days whose number was not given, which it leaves
	 * out.
	 */
	private static String sum(long loaded, long notGiven, String sum) {
		if (loaded == 0) {
			return "<td class=\"unknown\" title=\"no day of this month is loaded\"></td>";
		}
		if (notGiven == loaded) {
			return "<td class=\"unknown\" title=\"not given on any loaded day\"></td>";
		}
		return "<td>" + sum + ((notGiven > 0) ? " <small>(" + notGiven + " day(s) not given)</small>" : "") + "</td>";
	}

	/**
	 * A sum of numbers the contract allows up to 64 bits each: held at the largest long
	 * rather than wrapped into a negative one.
	 */
	private static long plus(long a, long b) {
		return (b > Long.MAX_VALUE - a) ? Long.MAX_VALUE : a + b;
	}

	private static long value(Long number) {
		return (number != null) ? number : 0;
	}

}
