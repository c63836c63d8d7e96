package io.rtkwarehouse.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.simulator.ApiSimulator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One hostile value in an answer fails its window, with a ledger row naming the field,
 * and nothing else: every dataset, one app per hostile body, one run per dataset. The
 * last app gets the simulator's own answer and loads.
 */
class HostileNumbersIntegrationTests extends CommandTests {

	private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

	private static final String LONG_NAME = "n".repeat(20_000);

	/**
	 * A hostile value as the number a count field holds ({@code %s}), or a whole body
	 * part, and what the window's ledger row must say: {@code loaded}, or a fragment of
	 * its error.
	 */
	private record Hostile(String count, String note, String expected) {

		static Hostile count(String value, String expected) {
			return new Hostile(value, "1", expected);
		}

		static Hostile note(String value, String expected) {
			return new Hostile("1", value, expected);
		}

	}

	private static final List<Hostile> CASES = List.of(
			Hostile.count("1e999999999", "is in exponent form (1e999999999)"),
			Hostile.count("1e10000000", "is in exponent form (1e10000000)"),
			Hostile.count("4e2", "is in exponent form (4e2)"), Hostile.count("4E+2", "is in exponent form (4E+2)"),
			Hostile.count("0e0", "is in exponent form (0e0)"), Hostile.count("-1e999999999", "in exponent form"),
			Hostile.count("1" + "0".repeat(25), "outside the 64-bit integer range"),
			Hostile.count("9223372036854775808", "outside the 64-bit integer range"),
			Hostile.count("1" + "0".repeat(150), "holds a number longer than 100 characters"),
			Hostile.count("-1", "negative (-1)"), Hostile.count("4.7", "fractional (4.7)"),
			Hostile.count("0.5", "fractional (0.5)"), Hostile.count("\"NaN\"", "a string (\"NaN\")"),
			Hostile.count("\"Infinity\"", "a string"), Hostile.count("\"\"", "an empty string"),
			Hostile.count("\"" + "9".repeat(5_000) + "\"", "a string"), Hostile.count("NaN", "not valid JSON"),
			Hostile.count("Infinity", "not valid JSON"), Hostile.count("true", "a boolean (true)"),
			Hostile.count("[1]", "an array"), Hostile.count("{\"value\":1}", "an object"),
			Hostile.count("1, \"{name}\": 2", "given twice"), Hostile.count("4.0", "loaded"),
			Hostile.count("-0", "loaded"), Hostile.count("9223372036854775807", "loaded"),
			Hostile.note("1e200000", "loaded"), Hostile.note("-1e999999999", "loaded"),
			Hostile.note("\"\\u0000\"", "loaded"), Hostile.note("\"\\ud800\"", "loaded"),
			Hostile.note("\"a\u0000b\"", "not valid JSON"),
			Hostile.note("1" + "0".repeat(150), "holds a number longer than 100 characters"),
			Hostile.note("[".repeat(70) + "]".repeat(70), "nested too deep"),
			Hostile.note("{\"" + LONG_NAME + "\":" + "[".repeat(70) + "]".repeat(70) + "}", "nested too deep"));

	@ParameterizedTest
	@ValueSource(strings = { "livestreams", "usage", "livestream-daywise" })
	void oneHostileValueFailsOnlyItsWindowWithALedgerRowNamingTheField(String dataset) {
		this.api.apps(ApiSimulator.apps(CASES.size() + 1));
		List<String> apps = this.api.apps().stream().map(ApiSimulator.App::id).toList();
		long start = DAY.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
		for (int i = 0; i < CASES.size(); i++) {
			this.scripted.failWindow(apps.get(i), start, Integer.MAX_VALUE, 200, body(dataset, CASES.get(i)));
		}

		CliRuns.Result run = CliRuns.run("backfill", "--from=" + DAY, "--to=" + DAY, "--rtk.datasets=" + dataset,
				"--rtk.retry.max-attempts=1");

		String output = run.all();
		assertThat(run.exitCode()).as(output).isEqualTo(1);
		assertThat(output).doesNotContain("Caused by", "Exception", "\tat ");
		assertThat(output.lines()).allSatisfy((line) -> assertThat(line.length()).as(line).isLessThan(1_000));
		String name = dataset.equals("usage") ? "total_sessions" : "count";
		for (int i = 0; i < CASES.size(); i++) {
			Hostile hostile = CASES.get(i);
			Map<String, Object> ledger = ledger(dataset, apps.get(i));
			assertThat(ledger).as("%s %s", dataset, hostile).isNotNull();
			if (hostile.expected().equals("loaded")) {
				assertThat(ledger.get("status")).as("%s %s: %s", dataset, hostile, ledger).isIn("loaded", "zero");
			}
			else {
				String error = (String) ledger.get("last_error");
				assertThat(ledger.get("status")).as("%s %s", dataset, hostile).isEqualTo("failed");
				assertThat(error).as("%s %s", dataset, hostile).contains(hostile.expected()).hasSizeLessThan(250);
				if (hostile.note().equals("1") && !hostile.expected().contains("JSON")
						&& !hostile.expected().contains("twice")) {
					assertThat(error).as("%s %s", dataset, hostile).contains(name);
				}
			}
		}
		assertThat(ledger(dataset, apps.get(CASES.size()))).containsEntry("status", "loaded");
		// Every answer is kept, as JSON or, where jsonb refuses it, as text.
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM " + history(dataset)
					+ " WHERE http_status = 200 AND body_json IS NULL AND body_text IS NULL")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM " + history(dataset)).query(Long.class).single())
			.isEqualTo(CASES.size() + 1);
	}

	private Map<String, Object> ledger(String dataset, String app) {
		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT status, last_error FROM rtk.window_ledger WHERE dataset = ? AND app_id = ? AND day = ?")
			.params(dataset, app, DAY)
			.query()
			.listOfRows();
		return rows.isEmpty() ? null : rows.get(0);
	}

	private static String history(String dataset) {
		return switch (dataset) {
			case "livestreams" -> "rtk.livestream_fetch";
			case "usage" -> "rtk.usage_fetch";
			default -> "rtk.livestream_daywise_fetch";
		};
	}

	private static String body(String dataset, Hostile hostile) {
		UnaryOperator<String> numbers = (count) -> switch (dataset) {
			case "livestreams" -> "{\"count\":" + count
					+ ",\"total_ingest_seconds\":1,\"total_viewer_seconds\":1,\"note\":" + hostile.note() + "}";
			case "usage" -> "{\"session_stats\":{\"day_stats\":[{\"day\":\"" + DAY + "\",\"total_sessions\":" + count
					+ ",\"total_session_minutes\":1.5,\"note\":" + hostile.note() + "}]},"
					+ "\"recording_stats\":{\"day_stats\":[{\"day\":\"" + DAY
					+ "\",\"total_recordings\":1,\"total_recording_minutes\":2}]}}";
			default -> "[{\"date\":\"" + DAY + "\",\"count\":" + count
					+ ",\"total_ingest_seconds\":1,\"total_viewer_seconds\":1,\"note\":" + hostile.note() + "}]";
		};
		String name = dataset.equals("usage") ? "total_sessions" : "count";
		List<String> parts = new ArrayList<>();
		parts.add("\"success\":true");
		parts.add("\"note\":" + hostile.note());
		parts.add("\"data\":" + numbers.apply(hostile.count().replace("{name}", name)));
		return "{" + String.join(",", parts) + "}";
	}

}
