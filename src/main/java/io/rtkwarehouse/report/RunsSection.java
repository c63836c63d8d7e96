package io.rtkwarehouse.report;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.rtkwarehouse.run.RecentRuns.Run;

/** The last runs as {@code status} shows them. */
final class RunsSection {

	private RunsSection() {
	}

	static void appendRuns(List<Run> runs, boolean named, StringBuilder html) {
		html.append("<section id=\"runs\"><h2>Last runs</h2>\n");
		if (runs.isEmpty()) {
			html.append("<p class=\"empty\">No run yet.</p></section>\n");
			return;
		}
		html.append("<table class=\"runs\"><thead><tr><th>Run</th><th>Kind</th><th>Range</th><th>Started</th>"
				+ "<th>Took</th><th>Outcome</th><th>API calls</th><th>429s</th><th>Paused</th>")
			.append(named ? "<th>Account</th>" : "")
			.append("<th>Summary</th></tr></thead><tbody>\n");
		for (Run run : runs) {
			html.append("<tr data-outcome=\"")
				.append(Html.text(outcomeClass(run.outcome())))
				.append("\"><td>")
				.append((run.executionId() != null) ? "#" + run.executionId() : "-")
				.append("</td><td>")
				.append(Html.text(run.kind()))
				.append("</td><td>")
				.append(Html.text(run.from()))
				.append("..")
				.append(Html.text(run.to()))
				.append("</td><td>")
				.append(Html.text(run.startedText()))
				.append("</td><td>")
				.append(Html.text(run.tookText()))
				.append("</td><td class=\"outcome\">")
				.append(Html.text(run.outcome()))
				.append("</td><td>")
				.append((run.requests() != null) ? Html.count(run.requests()) : "")
				.append("</td><td>")
				.append((run.tooManyRequests() != null) ? Html.count(run.tooManyRequests()) : "")
				.append("</td><td>")
				.append((run.paused() != null) ? seconds(run.paused()) : "")
				.append("</td>");
			if (named) {
				html.append("<td><code>").append(Html.text(String.valueOf(run.account()))).append("</code></td>");
			}
			html.append("<td class=\"summary\">").append(Html.text(run.summary())).append("</td></tr>\n");
		}
		html.append("</tbody></table></section>\n");
	}

	/** {@code ok}, {@code failed} or {@code other}, for the row's colour. */
	private static String outcomeClass(String outcome) {
		if (outcome.equals("COMPLETED")) {
			return "ok";
		}
		return (outcome.startsWith("FAILED") || outcome.startsWith("LOCKED")) ? "failed" : "other";
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

}
