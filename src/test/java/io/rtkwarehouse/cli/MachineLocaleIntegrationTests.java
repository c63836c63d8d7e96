package io.rtkwarehouse.cli;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.ChildJvm;
import io.rtkwarehouse.TestApi;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.TestEnvironment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar under a Turkish locale and a zone 14 hours ahead of UTC gives the same rows,
 * messages and exit codes as under English and UTC.
 */
class MachineLocaleIntegrationTests extends CommandTests {

	private static final List<String> ENGLISH_UTC = List.of("-Duser.language=en", "-Duser.country=US",
			"-Duser.timezone=UTC");

	private static final List<String> TURKISH_KIRITIMATI = List.of("-Duser.language=tr", "-Duser.country=TR",
			"-Duser.timezone=Pacific/Kiritimati");

	@Test
	void aBackfillAndItsStatusAreTheSameUnderATurkishLocaleAndAFarZone() throws Exception {
		Machine english = backfillAndStatus(ENGLISH_UTC);
		TestDatabase.get().reset();
		TestApi.reset();
		Machine turkish = backfillAndStatus(TURKISH_KIRITIMATI);

		assertThat(turkish.exitCodes()).containsExactly(0, 0).isEqualTo(english.exitCodes());
		assertThat(turkish.rows()).hasSize(2 * 3).isEqualTo(english.rows());
		assertThat(turkish.output()).isEqualTo(english.output())
			.contains(" UTC ")
			.doesNotContain("ı")
			.doesNotContain("İ");
		assertThat(turkish.startedMinutesFromUtcNow()).isLessThan(60);
	}

	@Test
	void anUnknownPropertyIsNamedTheSameWayUnderATurkishLocale() throws Exception {
		Run english = run(ENGLISH_UTC, "gaps", "--from=2025-01-01", "--to=2025-01-02", "--rtk.acount-id=x");
		Run turkish = run(TURKISH_KIRITIMATI, "gaps", "--from=2025-01-01", "--to=2025-01-02", "--rtk.acount-id=x");

		assertThat(turkish.exitCode()).isEqualTo(2).isEqualTo(english.exitCode());
		assertThat(turkish.output()).isEqualTo(english.output())
			.contains("rtk.account-id")
			.doesNotContain("account-ıd");
	}

	private Machine backfillAndStatus(List<String> jvmOptions) throws Exception {
		Run backfill = run(jvmOptions, "backfill", "--from=2025-01-01", "--to=2025-01-03");
		Run status = run(jvmOptions, "status");
		List<String> rows = this.jdbc.sql("""
				SELECT app_id || ' ' || day || ' ' || zone || ' ' || window_start || ' ' || livestream_count
				       || ' ' || total_ingest_seconds || ' ' || total_viewer_seconds
				FROM rtk.livestream_daily ORDER BY app_id, day""").query(String.class).list();
		Long minutes = this.jdbc.sql("""
				SELECT max(abs(extract(epoch FROM start_time - (now() AT TIME ZONE 'UTC'))) / 60)::bigint
				FROM rtk_batch.batch_job_execution""").query(Long.class).single();
		return new Machine(List.of(backfill.exitCode(), status.exitCode()), rows,
				comparable(backfill.output()) + comparable(status.output()), minutes);
	}

	/**
	 * Output without what differs from run to run: every number is 0 (a decimal comma
	 * stays, and differs), and lines of the log without their time and thread.
	 */
	private static String comparable(String output) {
		List<String> lines = new ArrayList<>();
		for (String line : output.split("\n")) {
			lines.add(line.replaceAll("\\d+(\\.\\d+)?", "0").replaceAll("\\[[^\\]]*\\]", "[]"));
		}
		return String.join("\n", lines);
	}

	private static Run run(List<String> jvmOptions, String... command) throws Exception {
		List<String> args = new ArrayList<>(List.of(command));
		TestEnvironment.properties().forEach((name, value) -> args.add("--" + name + "=" + value));
		ChildJvm child = ChildJvm.start(jvmOptions, Map.of(), args, Files.createTempFile("rtk-locale-", ".log"), false);
		assertThat(child.waitFor(Duration.ofMinutes(5))).as("ended").isTrue();
		return new Run(child.exitValue(), child.output());
	}

	private record Run(int exitCode, String output) {

	}

	private record Machine(List<Integer> exitCodes, List<String> rows, String output, long startedMinutesFromUtcNow) {

	}

}
