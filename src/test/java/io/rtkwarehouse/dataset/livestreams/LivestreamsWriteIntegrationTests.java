package io.rtkwarehouse.dataset.livestreams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.IntegrationTest;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.dataset.Fetched;
import io.rtkwarehouse.dataset.Request;
import io.rtkwarehouse.source.Answer;
import io.rtkwarehouse.source.Outcome;
import io.rtkwarehouse.warehouse.LoadRun;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.window.DayRange;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LivestreamsWriteIntegrationTests {

	private static final String ACCOUNT = "acc";

	private static final LocalDate FINAL_BEFORE = LocalDate.of(2025, 1, 1);

	private static final DayWindow WINDOW = DayWindow.of("app-1", LocalDate.of(2025, 3, 30),
			ZoneId.of("Europe/Berlin"));

	@Autowired
	private Livestreams warehouse;

	@Autowired
	private WindowLedger ledger;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void emptyWarehouse() {
		TestDatabase.get().reset();
	}

	@Test
	void writesTheWindowWithItsZoneAndExactBounds() {
		write(loaded(WINDOW, 4L, 531L, 116L), 7);

		Map<String, Object> row = this.jdbc.sql("SELECT * FROM rtk.livestream_daily").query().singleRow();
		assertThat(row).containsEntry("account_id", ACCOUNT)
			.containsEntry("app_id", "app-1")
			.containsEntry("zone", "Europe/Berlin")
			.containsEntry("livestream_count", 4L)
			.containsEntry("total_ingest_seconds", 531L)
			.containsEntry("total_viewer_seconds", 116L)
			.containsEntry("job_execution_id", 7L);
		assertThat(this.jdbc.sql("SELECT window_end - window_start FROM rtk.livestream_daily")
			.query(String.class)
			.single()).isEqualTo("23:00:00");
	}

	@Test
	void rerunningAWindowLeavesOneRow() {
		write(loaded(WINDOW, 4L, 531L, 116L), 1);
		write(loaded(WINDOW, 4L, 531L, 116L), 2);

		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.livestream_daily").query(Long.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT job_execution_id FROM rtk.livestream_daily").query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void lastChangedAtMovesOnlyWhenANumberChanged() {
		write(loaded(WINDOW, 4L, 531L, 116L), 1);
		Instant firstChange = lastChangedAt();

		write(loaded(WINDOW, 4L, 531L, 116L), 2);
		assertThat(lastChangedAt()).isEqualTo(firstChange);

		write(loaded(WINDOW, 4L, 531L, 117L), 3);
		assertThat(lastChangedAt()).isAfter(firstChange);
	}

	@Test
	void aNumberThatBecomesUnknownIsAChangeAndStoredAsNull() {
		write(loaded(WINDOW, 4L, 531L, 116L), 1);
		Instant firstChange = lastChangedAt();

		write(loaded(WINDOW, 4L, null, 116L), 2);

		assertThat(lastChangedAt()).isAfter(firstChange);
		assertThat(this.jdbc.sql("SELECT total_ingest_seconds FROM rtk.livestream_daily").query().singleRow())
			.containsEntry("total_ingest_seconds", null);
	}

	@Test
	void aFailedWindowIsLedgeredAndLeavesTheNumbersAlone() {
		write(loaded(WINDOW, 4L, 531L, 116L), 1);

		write(failed(WINDOW, "HTTP 503 (code 1: busy)"), 2);

		assertThat(this.jdbc.sql("SELECT livestream_count FROM rtk.livestream_daily").query(Long.class).single())
			.isEqualTo(4);
		Map<String, Object> ledger = this.jdbc.sql("SELECT * FROM rtk.window_ledger").query().singleRow();
		assertThat(ledger).containsEntry("status", "failed")
			.containsEntry("last_error", "HTTP 503 (code 1: busy)")
			.containsEntry("attempts", 5)
			.containsEntry("http_status", 503);
		assertThat(ledger.get("loaded_at")).isNotNull();
		assertThat(this.ledger.failedIn(2)).containsExactly(
				new WindowLedger.FailedWindow("livestreams", "app-1", WINDOW.day(), 5, "HTTP 503 (code 1: busy)"));
	}

	@Test
	void aBodyJsonbRefusesIsKeptWholeAsText() {
		String hostile = "{\"success\":true,\"note\":1e200000,\"data\":{\"count\":1}}";
		String nul = "{\"success\":true,\"data\":{\"count\":1},\"x\":\"a\\u0000b\"}";
		String raw = "a\u0000b <html>";
		write(new Fetched<>(request(WINDOW),
				new Outcome<>(null,
						List.of(new Answer(1, 200, hostile, "refused", Instant.now()),
								new Answer(2, 200, nul, "refused", Instant.now()),
								new Answer(3, 502, raw, "HTTP 502", Instant.now())),
						"HTTP 502")),
				1);

		List<Map<String, Object>> kept = this.jdbc
			.sql("SELECT body_json::text AS json, body_text AS text FROM rtk.livestream_fetch ORDER BY attempt")
			.query()
			.listOfRows();
		assertThat(kept).extracting((row) -> row.get("json")).containsOnlyNulls();
		assertThat(kept).extracting((row) -> row.get("text")).containsExactly(hostile, nul, "a\uFFFDb <html>");
	}

	private Instant lastChangedAt() {
		return this.jdbc.sql("SELECT last_changed_at FROM rtk.livestream_daily")
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	private void write(Fetched<LivestreamNumbers> result, long jobExecutionId) {
		this.warehouse.write(ACCOUNT, List.of(LivestreamDays.oneDay(result.request(), result.outcome())),
				new LoadRun(jobExecutionId, jobExecutionId), FINAL_BEFORE);
	}

	private static Request request(DayWindow window) {
		return new Request(ACCOUNT, window.appId(), new DayRange(window.day(), window.day()), window.zone());
	}

	private static Fetched<LivestreamNumbers> loaded(DayWindow window, Long count, Long ingest, Long viewer) {
		return new Fetched<>(request(window), new Outcome<>(new LivestreamNumbers(count, ingest, viewer),
				List.of(new Answer(1, 200, "{\"success\":true}", null, Instant.now())), null));
	}

	private static Fetched<LivestreamNumbers> failed(DayWindow window, String error) {
		List<Answer> answers = new ArrayList<>();
		for (int attempt = 1; attempt <= 5; attempt++) {
			answers.add(new Answer(attempt, 503, "<html>busy</html>", error, Instant.now()));
		}
		return new Fetched<>(request(window), new Outcome<>(null, answers, error));
	}

}
