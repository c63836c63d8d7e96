package io.rtkwarehouse.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.rtkwarehouse.warehouse.Coverage.Created;
import io.rtkwarehouse.warehouse.Coverage.Day;
import io.rtkwarehouse.window.DayRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar shows each day's state, the days before an app existed as their own. */
class CalendarSectionTests {

	static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	@Test
	void daysBeforeAnAppExistedHaveTheirOwnStateLegendAndCreatedDay() {
		List<Day> days = List.of(new Day("a1", DAY, "before-created", false, null, null, null),
				new Day("a1", DAY.plusDays(1), "loaded", true, null, 1L, 60L),
				new Day("a2", DAY, "missing", false, null, null, null),
				new Day("a2", DAY.plusDays(1), "loaded", true, null, 1L, 60L));
		AccountPart part = new AccountPart("acc", "Europe/Berlin", List.of("a1", "a2"), Map.of("a1", "Late"),
				Map.of("a1", new Created("a1", "Late", DAY.plusDays(1), "Europe/Berlin", DAY)), days, List.of(),
				Optional.empty(), Optional.empty());

		StringBuilder html = new StringBuilder();
		new CalendarSection(new DayRange(DAY, DAY.plusDays(1)), List.of(part)).appendTo(html);

		assertThat(html.toString())
			.contains("<i class=\"swatch\" data-state=\"before-created\"></i>before the app existed"
					+ " <b data-count=\"before-created\">1</b>")
			.contains("<i class=\"swatch\" data-state=\"missing\"></i>missing <b data-count=\"missing\">1</b>")
			.contains("data-app=\"a1\" data-gaps=\"0\" data-created=\"" + DAY.plusDays(1)
					+ "\" data-zone=\"Europe/Berlin\"><summary>")
			.contains("<span class=\"created\">created " + DAY.plusDays(1) + "</span>")
			.contains("data-app=\"a2\" data-gaps=\"1\"><summary>")
			.contains("<i data-app=\"a1\" data-day=\"" + DAY + "\" data-state=\"before-created\" data-final=\"false\">")
			.contains("before the app existed: before the day the app was created");
	}

}
