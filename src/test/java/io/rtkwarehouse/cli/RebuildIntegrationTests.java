package io.rtkwarehouse.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rebuild} gives back exactly what the loader stored, through the loader's parser.
 */
class RebuildIntegrationTests extends CommandTests {

	/** Answers the loader accepts although they are not the usual shape. */
	private static final List<String> ODD_BUT_ACCEPTED = List.of(
			"{\"success\":true,\"data\":{\"count\":4.0,\"total_ingest_seconds\":531.00,\"total_viewer_seconds\":-0.0}}",
			"{\"success\":true,\"data\":{\"count\":2,\"note\":\"nul \\u0000 inside\",\"total_viewer_seconds\":7}}",
			"{\"data\":{\"total_viewer_seconds\":9223372036854775807,\"count\":1},\"success\":true,\"extra\":[1.5,{}]}",
			"{\"success\":true,\"data\":{}}", "{\"success\":true,\"data\":{\"count\":null,\"total_ingest_seconds\":3}}",
			" \n{ \"success\" : true , \"data\" : { \"count\" : 5 , \"total_ingest_seconds\" : 6 } } \n",
			"{\"success\":true,\"data\":{\"count\":3,\"label\":\"caf\\u00e9 \\ud83c\\udfa5\"},\"messages\":[]}");

	@Test
	void rebuildingAfterOddButAcceptedAnswersGivesBackTheLoadedRows() {
		String app = this.apps.get(0);
		for (int i = 0; i < ODD_BUT_ACCEPTED.size(); i++) {
			this.scripted.failWindow(app, start(app, LocalDate.of(2025, 1, 1 + i)), 1, 200, ODD_BUT_ACCEPTED.get(i));
		}
		CliRuns.Result load = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-10", "--apps=" + app);
		assertThat(load.exitCode()).as(load.all()).isZero();
		this.scripted.setNumbers(app, start(app, LocalDate.of(2025, 1, 8)),
				new io.rtkwarehouse.simulator.ApiSimulator.Numbers(99L, 98L, 97L));
		assertThat(CliRuns.run("backfill", "--from=2025-01-08", "--to=2025-01-08", "--apps=" + app, "--refetch")
			.exitCode()).isZero();
		List<Map<String, Object>> loaded = dailyRows();
		assertThat(loaded.get(0)).containsEntry("livestream_count", 4L).containsEntry("total_viewer_seconds", 0L);
		assertThat(loaded.get(1)).containsEntry("livestream_count", 2L).containsEntry("total_viewer_seconds", 7L);

		this.jdbc.sql(
				"UPDATE rtk.livestream_daily SET livestream_count = 12345, total_ingest_seconds = NULL, changes_after_final = 9")
			.update();
		CliRuns.Result rebuild = CliRuns.run("rebuild", "--from=2025-01-01", "--to=2025-01-10");

		assertThat(rebuild.exitCode()).as(rebuild.all()).isZero();
		assertThat(rebuild.out()).contains("10 row(s) of livestreams rebuilt from the raw answers");
		assertThat(dailyRows()).isEqualTo(loaded);
	}

	private List<Map<String, Object>> dailyRows() {
		return this.jdbc.sql("SELECT * FROM rtk.livestream_daily ORDER BY app_id, day").query().listOfRows();
	}

	private static long start(String app, LocalDate day) {
		return DayWindow.of(app, day, ZoneOffset.UTC).start().getEpochSecond();
	}

}
