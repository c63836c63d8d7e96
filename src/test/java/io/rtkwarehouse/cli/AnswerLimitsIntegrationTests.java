package io.rtkwarehouse.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.ChildJvm;
import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestEnvironment;
import io.rtkwarehouse.simulator.Answer;
import io.rtkwarehouse.window.DayRange;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers as a broken proxy or a hostile server would give them: bodies far larger than
 * anyone needs, and bodies that trickle in forever.
 */
class AnswerLimitsIntegrationTests extends CommandTests {

	private static final String TOO_LARGE = "the answer is larger than rtk.http.max-body-size (1 MB)";

	@Test
	void windowsWithFiftyMegabyteBodiesFailInAQuarterGigabyteHeapAndTheOtherWindowsLoad() throws Exception {
		DayRange range = new DayRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 9));
		List<String> huge = new ArrayList<>();
		for (String app : this.apps) {
			for (DayWindow window : new DayRange(range.from(), LocalDate.of(2024, 1, 25)).windows(app,
					ZoneOffset.UTC)) {
				this.scripted.answerWindow(app, window.start().getEpochSecond(), Integer.MAX_VALUE,
						Answer.hugeBody(50L * 1024 * 1024));
				huge.add(app + " " + window.day());
			}
		}
		// Without a Content-Length: only reading tells how large a body is.
		this.api.chunked(true);
		List<String> args = new ArrayList<>(List.of("backfill", "--from=" + range.from(), "--to=" + range.to()));
		TestEnvironment.properties().forEach((name, value) -> args.add("--" + name + "=" + value));

		ChildJvm child = ChildJvm.startWithJvmOptions(List.of("-Xmx256m"), Map.of(), args);
		int exit = child.waitFor();

		String output = child.output();
		assertThat(huge).hasSize(50);
		assertThat(output).contains("Picked up JDK_JAVA_OPTIONS: -Xmx256m").doesNotContain("OutOfMemoryError");
		assertThat(exit).as(output).isEqualTo(1);
		assertThat(huge).allSatisfy((window) -> assertThat(output)
			.contains("failed: app " + window.replace(" ", " day ") + " after 1 attempt(s): " + TOO_LARGE));
		assertThat(this.jdbc
			.sql("SELECT app_id || ' ' || day FROM rtk.window_ledger WHERE status = 'failed' AND last_error = ?")
			.param(TOO_LARGE)
			.query(String.class)
			.list()).containsExactlyInAnyOrderElementsOf(huge);
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.livestream_daily").query(Long.class).single())
			.isEqualTo(range.days() * this.apps.size() - huge.size());
		assertThat(this.jdbc.sql(
				"SELECT count(*) FROM rtk.livestream_fetch WHERE error = ? AND body_json IS NULL AND body_text IS NULL")
			.param(TOO_LARGE)
			.query(Long.class)
			.single()).isEqualTo(huge.size());
	}

	@Test
	void aBodyTricklingPastTheCallTimeoutFailsAsATimeoutWithinRoughlyTheCallTimeout() {
		String app = this.apps.get(0);
		DayWindow trickling = DayWindow.of(app, LocalDate.of(2024, 1, 1), ZoneOffset.UTC);
		// A space every 200 ms for a minute: the read timeout never fires.
		this.scripted.answerWindow(app, trickling.start().getEpochSecond(), Integer.MAX_VALUE,
				Answer.trickling(Duration.ofMinutes(1), Duration.ofMillis(200)));

		CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-02", "--apps=" + app,
				"--rtk.http.read-timeout=1s", "--rtk.http.call-timeout=3s", "--rtk.retry.max-attempts=2");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.err()).contains("failed: app " + app
				+ " day 2024-01-01 after 2 attempt(s): no complete answer within rtk.http.call-timeout (3 s)");
		assertThat(this.jdbc.sql("SELECT day::text FROM rtk.window_ledger WHERE status = 'loaded'")
			.query(String.class)
			.list()).containsExactly("2024-01-02");
		// Two attempts of 3 s and the run around them, far from the minute of the body.
		assertThat(this.jdbc.sql("SELECT extract(epoch FROM end_time - start_time) FROM rtk_batch.batch_job_execution")
			.query(Double.class)
			.single()).isBetween(6.0, 30.0);
	}

}
