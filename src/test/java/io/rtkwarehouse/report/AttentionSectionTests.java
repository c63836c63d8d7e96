package io.rtkwarehouse.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.rtkwarehouse.warehouse.Attention.DatasetState;
import io.rtkwarehouse.warehouse.Attention.LastRun;
import io.rtkwarehouse.warehouse.Coverage.Created;
import io.rtkwarehouse.warehouse.Coverage.Day;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's first screen says what needs attention, and never hides a gap. */
class AttentionSectionTests {

	static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	@Test
	void anAccountWithNothingFailedOrMissingSaysSoPlainly() {
		AccountPart part = part(List.of(new DatasetState("livestreams", 0, 0, DAY.minusDays(9), DAY, DAY,
				OffsetDateTime.of(2026, 3, 11, 2, 0, 0, 0, ZoneOffset.UTC))), Optional.empty());

		String html = html(part);

		assertThat(html).contains("data-verdict=\"ok\"")
			.contains("Nothing failed or missing in the range.")
			.contains("<td colspan=\"2\" class=\"ok\">nothing failed or missing</td>")
			.contains("<td class=\"complete\">" + DAY + " <small>(up to the last complete day)</small></td>")
			.contains("<td>2026-03-11 02:00 UTC</td>")
			.contains("Last run: none yet.");
	}

	@Test
	void failedAndMissingDaysAreCountedAndADatasetNeverLoadedIsNotComplete() {
		AccountPart part = part(
				List.of(new DatasetState("livestreams", 2, 0, DAY.minusDays(9), DAY, DAY.minusDays(10), null),
						new DatasetState("usage", 0, 20, null, null, null, null)),
				Optional.of(new LastRun("nightly", OffsetDateTime.of(2026, 3, 11, 1, 5, 0, 0, ZoneOffset.UTC), "failed",
						"<b>API down</b>")));

		String html = html(part);

		assertThat(html).contains("data-verdict=\"attention\"")
			.contains("<b class=\"failed\">2 day(s) failed</b> and <b class=\"missing\">20 day(s) missing</b>")
			.contains("<td class=\"failed\">2</td><td>none</td>")
			.contains("<td>none</td><td class=\"missing\">20</td>")
			.contains("not complete from its first day, " + DAY.minusDays(9))
			.contains("<td class=\"complete\">not loaded yet</td><td>never</td>")
			.contains("Last run: nightly, started 2026-03-11 01:05 UTC, <b class=\"outcome\">failed</b>:"
					+ " &lt;b&gt;API down&lt;/b&gt;.")
			.doesNotContain("Nothing failed or missing");
	}

	@Test
	void appsWithGapsAreNamedBesideTheirIdsEscapedOrByIdAlone() {
		List<Day> days = List.of(new Day("a1", DAY, "failed", false, "500", null, null),
				new Day("a1", DAY.plusDays(1), "missing", false, null, null, null),
				new Day("a2", DAY, "missing", false, null, null, null),
				new Day("a3", DAY, "loaded", true, null, 1L, 60L));
		AccountPart part = new AccountPart("acc", "UTC", List.of("a1", "a2", "a3"),
				Map.of("a1", "<i>Sales & \"Co\"</i>"), Map.of(), days,
				List.of(new DatasetState("livestreams", 1, 2, DAY, DAY.plusDays(1), DAY.minusDays(1), null)),
				Optional.empty(), Optional.empty());

		String html = html(part);

		assertThat(html)
			.contains("Apps with failed or missing days in the calendar: <a href=\"#app-acc-a1\"><code>a1"
					+ "</code> <span class=\"app-name\">&lt;i&gt;Sales &amp; &quot;Co&quot;&lt;/i&gt;</span></a> (2),"
					+ " <a href=\"#app-acc-a2\"><code>a2</code></a> (1).")
			.doesNotContain("<i>Sales")
			.doesNotContain("#app-acc-a3");
	}

	@Test
	void daysBeforeAnAppExistedAreNotGaps() {
		List<Day> days = List.of(new Day("a1", DAY, "before-created", false, null, null, null),
				new Day("a1", DAY.plusDays(1), "loaded", true, null, 1L, 60L),
				new Day("a2", DAY, "missing", false, null, null, null));
		AccountPart part = new AccountPart("acc", "UTC", List.of("a1", "a2"), Map.of(),
				Map.of("a1", new Created("a1", null, DAY.plusDays(1), "UTC", DAY.plusDays(1))), days,
				List.of(new DatasetState("livestreams", 0, 1, DAY, DAY.plusDays(1), DAY.minusDays(1), null)),
				Optional.empty(), Optional.empty());

		String html = html(part);

		assertThat(html).contains("<b class=\"missing\">1 day(s) missing</b>")
			.contains(
					"Apps with failed or missing days in the calendar: <a href=\"#app-acc-a2\"><code>a2</code></a> (1).")
			.doesNotContain("#app-acc-a1");
	}

	private static AccountPart part(List<DatasetState> datasets, Optional<LastRun> lastRun) {
		return new AccountPart("acc", "Europe/Berlin", List.of("a1"), Map.of(), Map.of(), List.of(), datasets, lastRun,
				Optional.empty());
	}

	private static String html(AccountPart part) {
		StringBuilder html = new StringBuilder();
		new AttentionSection(List.of(part)).appendTo(html);
		return html.toString();
	}

}
