package io.rtkwarehouse.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.rtkwarehouse.warehouse.Attention.DatasetState;
import io.rtkwarehouse.warehouse.Attention.LastRun;
import io.rtkwarehouse.warehouse.Coverage.Day;

/**
 * The first screen: per account, what needs attention before any calendar. For each
 * dataset it loads, the days failed and missing in the range, how far its data is
 * complete and when it last loaded; the account's last run; the apps whose calendar rows
 * have failed or missing days. An account with nothing failed or missing says so.
 */
final class AttentionSection {

	/** Apps named in the line of apps with gaps; the rest are counted. */
	private static final int NAMED_APPS = 10;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final List<AccountPart> parts;

	AttentionSection(List<AccountPart> parts) {
		this.parts = parts;
	}

	void appendTo(StringBuilder html) {
		html.append("<section id=\"attention\"><h2>What needs attention</h2>\n");
		for (AccountPart part : this.parts) {
			appendAccount(part, html);
		}
		html.append("</section>\n");
	}

	private void appendAccount(AccountPart part, StringBuilder html) {
		long failed = part.datasets().stream().mapToLong(DatasetState::daysFailed).sum();
		long missing = part.datasets().stream().mapToLong(DatasetState::daysMissing).sum();
		boolean noApps = part.apps().isEmpty();
		String verdict = noApps ? "unknown" : (failed + missing > 0) ? "attention" : "ok";
		html.append("<div class=\"account\" data-account=\"")
			.append(Html.text(part.account()))
			.append("\" data-verdict=\"")
			.append(verdict)
			.append("\"><h3>Account <code>")
			.append(Html.text(part.account()))
			.append("</code> · ")
			.append(Html.text(part.zone()))
			.append("</h3>\n<p class=\"verdict\">");
		if (noApps) {
			html.append("No app known to the warehouse yet: nothing can be said of its days.");
		}
		else if (failed + missing == 0) {
			html.append("Nothing failed or missing in the range.");
		}
		else {
			html.append(days(failed, "failed"))
				.append(" and ")
				.append(days(missing, "missing"))
				.append(" in the range.");
		}
		html.append("</p>\n");
		appendLastRun(part, html);
		if (!noApps && !part.datasets().isEmpty()) {
			appendDatasets(part.datasets(), html);
		}
		appendAppsWithGaps(part, html);
		html.append("</div>\n");
	}

	private static void appendLastRun(AccountPart part, StringBuilder html) {
		html.append("<p class=\"last-run\"");
		if (part.lastRun().isEmpty()) {
			html.append(">Last run: none yet.</p>\n");
			return;
		}
		LastRun run = part.lastRun().get();
		html.append(" data-outcome=\"")
			.append(Html.text(run.outcome()))
			.append("\">Last run: ")
			.append(Html.text(run.kind()))
			.append(", started ")
			.append((run.startedAt() != null) ? WHEN.format(run.startedAt()) : "at an unknown time")
			.append(", <b class=\"outcome\">")
			.append(Html.text(run.outcome()))
			.append("</b>");
		if (run.message() != null && !run.outcome().equals("completed")) {
			html.append(": ").append(Html.text(run.message()));
		}
		html.append(".</p>\n");
	}

	private static void appendDatasets(List<DatasetState> datasets, StringBuilder html) {
		html.append("<table class=\"attention\"><thead><tr><th>Dataset</th><th>Days failed</th><th>Days missing</th>"
				+ "<th>Complete through</th><th>Last loaded</th></tr></thead><tbody>");
		for (DatasetState dataset : datasets) {
			html.append("<tr data-dataset=\"")
				.append(Html.text(dataset.dataset()))
				.append("\" data-failed=\"")
				.append(dataset.daysFailed())
				.append("\" data-missing=\"")
				.append(dataset.daysMissing())
				.append("\"><td>")
				.append(Html.text(dataset.dataset()))
				.append("</td>");
			if (dataset.needsAttention()) {
				html.append(gapCell(dataset.daysFailed(), "failed")).append(gapCell(dataset.daysMissing(), "missing"));
			}
			else {
				html.append("<td colspan=\"2\" class=\"ok\">nothing failed or missing</td>");
			}
			html.append("<td class=\"complete\">")
				.append(completeThrough(dataset))
				.append("</td><td>")
				.append((dataset.lastLoadedAt() != null) ? WHEN.format(dataset.lastLoadedAt()) : "never")
				.append("</td></tr>");
		}
		html.append("</tbody></table>\n");
	}

	/**
	 * How far the dataset is complete, over all its apps and days: the last day up to
	 * which every day is loaded and final.
	 */
	private static String completeThrough(DatasetState dataset) {
		if (dataset.completeThrough() == null) {
			return "not loaded yet";
		}
		if (dataset.firstDay() != null && dataset.completeThrough().isBefore(dataset.firstDay())) {
			return "not complete from its first day, " + dataset.firstDay();
		}
		String through = dataset.completeThrough().toString();
		if (dataset.completeThrough().equals(dataset.lastDay())) {
			return through + " <small>(up to the last complete day)</small>";
		}
		return through;
	}

	private static String gapCell(long days, String state) {
		return (days > 0) ? "<td class=\"" + state + "\">" + Html.count(days) + "</td>" : "<td>none</td>";
	}

	/** The calendar's apps with failed or missing days, by name, the worst first. */
	private static void appendAppsWithGaps(AccountPart part, StringBuilder html) {
		List<Map.Entry<String, Long>> gaps = part.byApp()
			.entrySet()
			.stream()
			.map((app) -> Map.entry(app.getKey(),
					app.getValue()
						.stream()
						.map(Day::state)
						.filter((state) -> state.equals("failed") || state.equals("missing"))
						.count()))
			.filter((app) -> app.getValue() > 0)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.toList();
		if (gaps.isEmpty()) {
			return;
		}
		html.append("<p class=\"gap-apps\">Apps with failed or missing days in the calendar: ");
		for (int i = 0; i < Math.min(NAMED_APPS, gaps.size()); i++) {
			html.append((i == 0) ? "" : ", ")
				.append("<a href=\"#app-")
				.append(anchor(part, gaps.get(i).getKey()))
				.append("\">")
				.append(part.app(gaps.get(i).getKey()))
				.append("</a> (")
				.append(Html.count(gaps.get(i).getValue()))
				.append(')');
		}
		if (gaps.size() > NAMED_APPS) {
			html.append(" and ").append(gaps.size() - NAMED_APPS).append(" more");
		}
		html.append(".</p>\n");
	}

	/** The id of an app's calendar row: unique across accounts whose app ids collide. */
	static String anchor(AccountPart part, String appId) {
		return Html.text(part.account() + "-" + appId);
	}

	private static String days(long days, String state) {
		return "<b class=\"" + state + "\">" + Html.count(days) + " day(s) " + state + "</b>";
	}

}
