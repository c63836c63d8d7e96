package io.rtkwarehouse.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.rtkwarehouse.run.RecentRuns.Run;
import io.rtkwarehouse.run.Scope;
import io.rtkwarehouse.window.DayRange;

/**
 * The report's page: the template ({@code report.html} beside this class, with the style
 * and the script inline) around the sections, what needs attention first.
 */
final class ReportPage {

	private static final String TEMPLATE = "report.html";

	private static final String CONTENT = "{{content}}";

	private static final DateTimeFormatter GENERATED = DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final DayRange range;

	private final Scope scope;

	private final List<AccountPart> parts;

	private final List<Run> runs;

	private final Instant generated;

	ReportPage(DayRange range, Scope scope, List<AccountPart> parts, List<Run> runs, Instant generated) {
		this.range = range;
		this.scope = scope;
		this.parts = parts;
		this.runs = runs;
		this.generated = generated;
	}

	String html() {
		String template = template().replace("{{title}}", Html.text("rtk-warehouse report " + this.range));
		int at = template.indexOf(CONTENT);
		int cells = this.parts.stream().mapToInt((part) -> part.days().size()).sum();
		StringBuilder html = new StringBuilder(template.length() + 4096 + cells * 110);
		html.append(template, 0, at);
		html.append("<header><h1>rtk-warehouse report</h1><p>")
			.append(Html.text(this.range.from()))
			.append(" to ")
			.append(Html.text(this.range.to()))
			.append(" (")
			.append(this.range.days())
			.append(" days) · ")
			.append(Html.text(this.scope.describe()))
			.append(" · generated ")
			.append(GENERATED.format(this.generated))
			.append("</p><nav>")
			.append(this.parts.isEmpty() ? "" : "<a href=\"#attention\">Attention</a> ")
			.append("<a href=\"#coverage\">Coverage</a> <a href=\"#numbers\">Numbers</a>")
			.append(usage() ? " <a href=\"#usage\">Usage</a>" : "")
			.append(" <a href=\"#runs\">Runs</a></nav></header>\n");
		if (this.parts.isEmpty()) {
			html.append("<p class=\"empty\">Nothing loaded yet: no account in the warehouse.</p>\n");
		}
		else {
			new AttentionSection(this.parts).appendTo(html);
		}
		new CalendarSection(this.range, this.parts).appendTo(html);
		new NumbersSection(this.range, this.parts).appendTo(html);
		if (usage()) {
			UsageSection.appendTo(this.parts, html);
		}
		RunsSection.appendRuns(this.runs, this.scope.all(), html);
		html.append(template, at + CONTENT.length(), template.length());
		return html.toString();
	}

	private boolean usage() {
		return this.parts.stream().anyMatch((part) -> part.usage().isPresent());
	}

	private static String template() {
		try (InputStream in = ReportPage.class.getResourceAsStream(TEMPLATE)) {
			if (in == null) {
				throw new IllegalStateException("the report template " + TEMPLATE + " is not on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
