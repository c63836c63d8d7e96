package io.rtkwarehouse.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.ChildJvm;
import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.TestEnvironment;
import io.rtkwarehouse.job.RunParameters;
import io.rtkwarehouse.job.RunSummary;
import io.rtkwarehouse.run.GapsReport;
import io.rtkwarehouse.run.RecentRuns;
import io.rtkwarehouse.run.StatusReport;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.Bodies;
import io.rtkwarehouse.window.DayRange;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code status}, {@code gaps} and {@code report} start a context with only what they
 * read with, read what the whole application would, and take their configuration from
 * every source the whole application does.
 */
class ReadOnlyContextIntegrationTests extends CommandTests {

	@Test
	void readOnlyCommandsStartNeitherBatchNorFlywayNorTheApiClient() throws Exception {
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-03");
		Path report = Files.createTempDirectory("rtk-report-").resolve("r.html");

		for (String[] command : List.of(new String[] { "status" },
				new String[] { "gaps", "--from=2025-01-01", "--to=2025-01-03" },
				new String[] { "report", "--from=2025-01-01", "--to=2025-01-03", "--out=" + report })) {
			List<String> types = new ArrayList<>();
			CliRuns.Result run = SpringApplication.withHook((application) -> new SpringApplicationRunListener() {
				@Override
				public void started(ConfigurableApplicationContext context, Duration timeTaken) {
					for (String name : context.getBeanDefinitionNames()) {
						Class<?> type = context.getBeanFactory().getType(name, false);
						types.add(name + " " + ((type != null) ? type.getName() : "?"));
					}
				}
			}, () -> CliRuns.run(command));

			assertThat(run.exitCode()).as(run.all()).isZero();
			assertThat(types).as(command[0]).isNotEmpty().anyMatch((bean) -> bean.contains("HikariDataSource"));
			assertThat(types).as(command[0])
				.noneMatch((bean) -> bean.matches(".*(org\\.springframework\\.batch|org\\.flywaydb|feign|FeignClient"
						+ "|io\\.micrometer|io\\.rtkwarehouse\\.(job|source|simulator|demo)\\.).*"))
				.noneMatch((bean) -> bean.matches(".*(JobOperator|JobRepository|Flyway|RealtimeKit).*"));
		}
	}

	@Test
	void statusShowsTheRunsAsSpringBatchStoredThemAndBothContextsPrintTheSame() {
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-03");
		String app = this.apps.get(0);
		this.scripted.failWindow(app, ReportIntegrationTests.start(app, java.time.LocalDate.of(2025, 1, 5)),
				Integer.MAX_VALUE, 500, Bodies.errorsBody(9, "down"));
		CliRuns.run("backfill", "--from=2025-01-04", "--to=2025-01-06");
		CliRuns.run("nightly", "--date=2025-01-08");

		String light = CliRuns.run("status").out();
		List<String> expected = new ArrayList<>();
		String whole = inWholeContext((context, out) -> {
			JobRepository jobs = context.getBean(JobRepository.class);
			for (String job : jobs.getJobNames()) {
				for (JobInstance instance : jobs.getJobInstances(job, 0, 10)) {
					for (JobExecution execution : jobs.getJobExecutions(instance)) {
						expected.add(asBatchReadsIt(execution).text());
					}
				}
			}
			return context.getBean(StatusReport.class).print(Optional.empty(), 10, out);
		});
		String lightGaps = CliRuns.run("gaps", "--from=2024-12-30", "--to=2025-01-08").out();
		String wholeGaps = inWholeContext((context, out) -> context.getBean(GapsReport.class)
			.print(new DayRange(java.time.LocalDate.parse("2024-12-30"), java.time.LocalDate.parse("2025-01-08")),
					Optional.empty(), Optional.empty(), out));

		assertThat(expected).hasSize(3);
		assertThat(light).isEqualTo(whole)
			.startsWith("Last runs of account " + ApiSimulator.DEFAULT_ACCOUNT + ":")
			.contains("Windows failed now: 1");
		for (String line : expected) {
			assertThat(light).contains("  " + line + "\n");
		}
		assertThat(lightGaps).isEqualTo(wholeGaps).contains("2025-01-05 failed");
	}

	@Test
	void theConfigurationReachesStatusAndGapsFromEverySource() throws Exception {
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-03");
		TestDatabase database = TestDatabase.get();
		Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+).*").matcher(database.jdbcUrl());
		assertThat(url.matches()).as(database.jdbcUrl()).isTrue();
		Map<String, String> applicationYml = Map.of("PGHOST", url.group(1), "PGPORT", url.group(2), "PGDATABASE",
				url.group(3), "PGUSER", database.username(), "PGPASSWORD", database.password(), "CLOUDFLARE_ACCOUNT_ID",
				"aaaa");
		Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL", database.jdbcUrl(),
				"SPRING_DATASOURCE_USERNAME", database.username(), "SPRING_DATASOURCE_PASSWORD", database.password(),
				"RTK_ACCOUNT_ID", "bbbb");
		Map<String, String> json = Map.of("SPRING_APPLICATION_JSON",
				"{\"spring\":{\"datasource\":{\"url\":\"" + database.jdbcUrl() + "\",\"username\":\""
						+ database.username() + "\",\"password\":\"" + database.password()
						+ "\"}},\"rtk\":{\"account-id\":\"cccc\"}}");

		for (Map.Entry<String, Map<String, String>> source : Map
			.of("aaaa", applicationYml, "bbbb", environment, "cccc", json)
			.entrySet()) {
			String status = child(source.getValue(), "status");
			String gaps = child(source.getValue(), "gaps", "--from=2025-01-01", "--to=2025-01-03");

			assertThat(status).contains("Last runs of account " + source.getKey() + ":");
			assertThat(gaps).contains("account " + source.getKey() + ": no app known to the warehouse yet");
		}
		CliRuns.Result flagStatus = CliRuns.run("status", "--rtk.account-id=dddd");
		CliRuns.Result flagGaps = CliRuns.run("gaps", "--from=2025-01-01", "--to=2025-01-03", "--account=dddd");
		assertThat(flagStatus.out()).contains("Last runs of account dddd:");
		assertThat(flagGaps.out()).contains("account dddd: no app known to the warehouse yet");
	}

	@Test
	void aSchemaOneMigrationBehindIsReadAsNotMigratedYet() {
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-01");
		String latest = this.jdbc
			.sql("SELECT version FROM rtk_batch.flyway_schema_history WHERE version IS NOT NULL"
					+ " ORDER BY installed_rank DESC LIMIT 1")
			.query(String.class)
			.single();
		this.jdbc
			.sql("CREATE TABLE public.rtk_saved_history AS SELECT * FROM rtk_batch.flyway_schema_history"
					+ " WHERE version = ?")
			.param(latest)
			.update();
		this.jdbc.sql("DELETE FROM rtk_batch.flyway_schema_history WHERE version = ?").param(latest).update();
		try {
			CliRuns.Result status = CliRuns.run("status");
			CliRuns.Result gaps = CliRuns.run("gaps", "--from=2025-01-01", "--to=2025-01-01");

			String previous = String.valueOf(Integer.parseInt(latest) - 1);
			String message = "The warehouse schema is at version " + previous
					+ " and this version of rtk-warehouse reads version " + latest
					+ ": the next backfill or nightly run migrates it.";
			assertThat(status.exitCode()).as(status.all()).isZero();
			assertThat(status.out()).isEqualTo(message + "\n");
			assertThat(gaps.exitCode()).as(gaps.all()).isEqualTo(1);
			assertThat(gaps.out()).isEqualTo(message + "\n");
		}
		finally {
			this.jdbc.sql("INSERT INTO rtk_batch.flyway_schema_history SELECT * FROM public.rtk_saved_history")
				.update();
			this.jdbc.sql("DROP TABLE public.rtk_saved_history").update();
		}
	}

	@Test
	void helpAndVersionStartNoContext() {
		List<String> started = new ArrayList<>();
		List<CliRuns.Result> runs = SpringApplication.withHook((application) -> {
			started.add("context");
			return null;
		}, () -> List.of(CliRuns.runExactly("--help"), CliRuns.runExactly("--version"),
				CliRuns.runExactly("status", "--help"), CliRuns.runExactly("gaps", "--help")));

		assertThat(runs).allMatch((run) -> run.exitCode() == 0);
		assertThat(runs.get(0).out()).contains("Commands:");
		assertThat(started).isEmpty();
	}

	private static String child(Map<String, String> environment, String... args) throws Exception {
		ChildJvm child = ChildJvm.start(environment, List.of(args));
		assertThat(child.waitFor(Duration.ofMinutes(2))).isTrue();
		return child.output();
	}

	/**
	 * What a command prints in the whole application's context, given the test's
	 * properties.
	 */
	private static String inWholeContext(Print print) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		Map<String, String> properties = new LinkedHashMap<>(TestEnvironment.properties());
		List<String> args = properties.entrySet().stream().map((e) -> "--" + e.getKey() + "=" + e.getValue()).toList();
		int exitCode = SpringRun.with(new Session(out, System.err, args), true, (context) -> print.run(context, out));
		assertThat(exitCode).isLessThanOrEqualTo(1);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/** A run as the JobRepository hands it over, with the summary it stored. */
	private static RecentRuns.Run asBatchReadsIt(JobExecution run) {
		Duration took = (run.getStartTime() != null && run.getEndTime() != null)
				? Duration.between(run.getStartTime(), run.getEndTime()) : null;
		String summary = run.getExecutionContext().containsKey(RunSummary.KEY)
				? run.getExecutionContext().getString(RunSummary.KEY) : run.getExitStatus().getExitDescription();
		return new RecentRuns.Run(run.getCreateTime(), run.getJobParameters().getString(RunParameters.ACCOUNT),
				run.getId(), run.getJobInstance().getJobName(), run.getJobParameters().getLocalDate(RunParameters.FROM),
				run.getJobParameters().getLocalDate(RunParameters.TO), run.getStartTime(), took,
				run.getStatus().toString(), (summary == null) ? "" : summary, null, null, null);
	}

	private interface Print {

		int run(ConfigurableApplicationContext context, PrintStream out) throws InterruptedException;

	}

}
