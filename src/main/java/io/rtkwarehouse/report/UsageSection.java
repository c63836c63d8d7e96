package io.rtkwarehouse.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.rtkwarehouse.warehouse.UsageMonths.Month;

/**
 * The usage dataset per app: for each month of the range its sessions, session minutes,
 * recordings and recording minutes, and how many of its days are loaded. A month with no
 * loaded day is blank, never 0.
 */
final class UsageSection {

	/** Up to this many apps, each app's months are shown unfolded. */
	private static final int OPEN_APPS = 6;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

	private UsageSection() {
	}

	/** Only called when some account has the usage dataset. */
	static void appendTo(List<AccountPart> parts, StringBuilder html) {
		html.append("<section id=\"usage\"><h2>Usage per app and month</h2>\n<p class=\"hint\">Sessions and"
				+ " recordings from the usage dataset, over the loaded days of each month; a month with no loaded day"
				+ " is blank (nothing is known, which is not 0).</p>\n");
		for (AccountPart part : parts) {
			if (part.usage().isEmpty()) {
				continue;
			}
			Map<String, List<Month>> byApp = new LinkedHashMap<>();
			part.usage()
				.get()
				.forEach((month) -> byApp.computeIfAbsent(month.appId(), (app) -> new ArrayList<>()).add(month));
			html.append("<h3>Account <code>").append(Html.text(part.account())).append("</code></h3>\n");
			for (Map.Entry<String, List<Month>> app : byApp.entrySet()) {
				html.append("<details class=\"usage\"")
					.append((byApp.size() <= OPEN_APPS) ? " open" : "")
					.append(" data-app=\"")
					.append(Html.text(app.getKey()))
					.append("\"><summary>")
					.append(part.app(app.getKey()))
					.append("</summary><table class=\"usage\"><thead><tr><th>Month</th><th>Sessions</th>"
							+ "<th>Session minutes</th><th>Recordings</th><th>Recording minutes</th>"
							+ "<th>Days loaded</th></tr></thead><tbody>");
				for (Month month : app.getValue()) {
					html.append("<tr data-month=\"")
						.append(MONTH.format(month.month()))
						.append("\"><td>")
						.append(MONTH.format(month.month()))
						.append("</td>")
						.append(cell(month, month.sessions()))
						.append(cell(month, month.sessionMinutes()))
						.append(cell(month, month.recordings()))
						.append(cell(month, month.recordingMinutes()))
						.append("<td>")
						.append(month.daysLoaded())
						.append(" of ")
						.append(month.days())
						.append((month.daysBefore() > 0) ? " <small class=\"before-created\">(" + month.daysBefore()
								+ " day(s) before the app existed)</small>" : "")
						.append("</td></tr>");
				}
				html.append("</tbody></table></details>\n");
			}
		}
		html.append("</section>\n");
	}

	/** A month's sum: blank when no day of it is loaded or no loaded day gave it. */
	private static String cell(Month month, Object sum) {
		if (month.days() == 0) {
			return "<td class=\"unknown\" title=\"the app did not exist yet\"></td>";
		}
		if (month.daysLoaded() == 0) {
			return "<td class=\"unknown\" title=\"no day of this month is loaded\"></td>";
		}
		if (sum == null) {
			return "<td class=\"unknown\" title=\"not given on any loaded day\"></td>";
		}
		return "<td>" + ((sum instanceof BigDecimal decimal) ? Html.count(decimal) : Html.count((Long) sum)) + "</td>";
	}

}
