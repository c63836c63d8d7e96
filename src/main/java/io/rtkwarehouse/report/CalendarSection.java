package io.rtkwarehouse.report;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.rtkwarehouse.warehouse.Coverage.Created;
import io.rtkwarehouse.warehouse.Coverage.Day;
import io.rtkwarehouse.window.DayRange;

/**
 * The coverage calendar: per app one row of weeks (a column per week, Monday on top), one
 * unlabelled cell per day coloured by its state, with the legend and the counts. At 100
 * apps x 3 years the cells shrink to a few pixels and the apps fold; the title of a cell
 * (the last error of a failed day, made on hover for the others) says what it is. The
 * days before an app was created are a state of their own, never missing.
 */
final class CalendarSection {

	/** The width the weeks of a range share, in pixels. */
	private static final int WIDTH = 940;

	/** About the width of a character of a month's label, in pixels. */
	private static final int LABEL_CHAR = 6;

	private final DayRange range;

	private final List<AccountPart> parts;

	private final int weeks;

	private final int cell;

	CalendarSection(DayRange range, List<AccountPart> parts) {
		this.range = range;
		this.parts = parts;
		this.weeks = (int) ((offset() + range.days() + 6) / 7);
		this.cell = Math.max(4, Math.min(14, WIDTH / this.weeks - 1));
	}

	void appendTo(StringBuilder html) {
		List<Day> all = this.parts.stream().flatMap((part) -> part.days().stream()).toList();
		html.append("<section id=\"coverage\"><h2>Coverage</h2>\n<div class=\"legend\">");
		long[] counts = AccountPart.counts(all);
		for (int i = 0; i < counts.length; i++) {
			String state = AccountPart.STATES.get(i);
			html.append("<span><i class=\"swatch\" data-state=\"")
				.append(state)
				.append("\"></i>")
				.append(AccountPart.label(state))
				.append(" <b data-count=\"")
				.append(state)
				.append("\">")
				.append(Html.count(counts[i]))
				.append("</b></span>");
		}
		html.append("</div>\n<p class=\"hint\">loaded: numbers, final · zero: loaded, every number 0, final"
				+ " · open: loaded, not final yet (a nightly run may still change it) · failed: the last fetch failed"
				+ " (hover for its error) · missing: never fetched · protected: past the source's retention the API"
				+ " answered zeros, the numbers loaded before stay · retention-zero: zero past the source's retention"
				+ " (may mean no longer known) · before the app existed: before the day the app was created (in the"
				+ " account's zone), never asked for. One column per week, Monday on top.</p>\n"
				+ "<p class=\"tools\"><button type=\"button\" data-act=\"open\">Expand all</button>"
				+ " <button type=\"button\" data-act=\"close\">Collapse all</button>"
				+ " <label><input type=\"checkbox\" id=\"only-gaps\"> only apps with failed or missing days</label></p>\n");
		for (AccountPart part : this.parts) {
			html.append("<h3>Account <code>")
				.append(Html.text(part.account()))
				.append("</code> · ")
				.append(Html.text(part.zone()))
				.append(" · ")
				.append(part.apps().size())
				.append(" app(s)</h3>\n");
			if (part.apps().isEmpty()) {
				html.append("<p class=\"empty\">No app known to the warehouse yet: give --apps.</p>\n");
			}
			for (Map.Entry<String, List<Day>> app : part.byApp().entrySet()) {
				appendApp(part, app.getKey(), app.getValue(), html);
			}
		}
		html.append("</section>\n");
	}

	private void appendApp(AccountPart part, String app, List<Day> days, StringBuilder html) {
		long[] counts = AccountPart.counts(days);
		String id = Html.text(app);
		html.append("<details class=\"app\" open id=\"app-")
			.append(AttentionSection.anchor(part, app))
			.append("\" data-app=\"")
			.append(id)
			.append("\" data-gaps=\"")
			.append(counts[3] + counts[4]);
		Created created = part.created().get(app);
		if (created != null) {
			html.append("\" data-created=\"")
				.append(created.day())
				.append("\" data-zone=\"")
				.append(Html.text(created.zone()));
		}
		html.append("\"><summary>").append(part.app(app)).append("<span class=\"counts\">");
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				html.append(" <i class=\"swatch\" data-state=\"")
					.append(AccountPart.STATES.get(i))
					.append("\"></i>")
					.append(Html.count(counts[i]));
			}
		}
		html.append("</span>");
		if (created != null && created.day().isAfter(this.range.from())) {
			html.append(" <span class=\"created\">created ").append(created.day()).append("</span>");
		}
		html.append("</summary><div class=\"cal\" style=\"--c:").append(this.cell).append("px\">");
		appendMonths(html);
		html.append("<div class=\"grid\">");
		html.append("<s></s>".repeat(offset()));
		for (Day day : days) {
			html.append("<i data-app=\"")
				.append(id)
				.append("\" data-day=\"")
				.append(day.day())
				.append("\" data-state=\"")
				.append(day.state())
				.append("\" data-final=\"")
				.append(day.isFinal());
			if (day.livestreams() != null || day.viewerSeconds() != null) {
				html.append("\" data-n=\"")
					.append((day.livestreams() != null) ? day.livestreams() : "")
					.append('/')
					.append((day.viewerSeconds() != null) ? Html.hours(day.viewerSeconds()).replace(",", "") : "");
			}
			if (day.lastError() != null && day.state().equals("failed")) {
				html.append("\" title=\"").append(day.day()).append(" failed: ").append(Html.text(day.lastError()));
			}
			html.append("\"></i>");
		}
		html.append("</div></div></details>\n");
	}

	/** A label above the week of each month's first day (each quarter's when narrow). */
	private void appendMonths(StringBuilder html) {
		html.append("<div class=\"months\">");
		boolean narrow = this.cell < 9;
		long free = 0;
		for (LocalDate month = this.range.from().withDayOfMonth(1); !month.isAfter(this.range.to()); month = month
			.plusMonths(1)) {
			LocalDate first = month.isBefore(this.range.from()) ? this.range.from() : month;
			if (narrow && (month.getMonthValue() - 1) % 3 != 0 && !first.equals(this.range.from())) {
				continue;
			}
			long left = (offset() + first.toEpochDay() - this.range.from().toEpochDay()) / 7 * (this.cell + 1);
			String label = label(month, first.equals(this.range.from()), narrow);
			if (left < free) {
				continue;
			}
			free = left + LABEL_CHAR * label.length() + 4;
			html.append("<span style=\"left:").append(left).append("px\">").append(label).append("</span>");
		}
		html.append("</div>");
	}

	private static String label(LocalDate month, boolean first, boolean narrow) {
		String name = month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
		if (month.getMonth() == Month.JANUARY) {
			return narrow ? String.valueOf(month.getYear()) : name + " " + month.getYear();
		}
		return first ? name + " " + month.getYear() : name;
	}

	/** Days before the range's first in its week: the rows start on Monday. */
	private int offset() {
		return this.range.from().getDayOfWeek().getValue() - 1;
	}

}
