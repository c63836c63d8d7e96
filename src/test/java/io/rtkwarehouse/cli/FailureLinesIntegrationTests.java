package io.rtkwarehouse.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.HeaderRewritingProxy;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.Bodies;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of failure a run can meet, wherever it happens (before the job, inside an app
 * step's threads), reaches the operator as one line that names the cause and the setting
 * involved: never a trace, an exception's class or a line no one can read.
 */
class FailureLinesIntegrationTests extends CommandTests {

	/** Where the command's own error output ends and the console's begins. */
	private static final String CONSOLE = "\n--- console ---\n";

	private static final String A = AccountsIntegrationTests.A;

	private static final String B = AccountsIntegrationTests.B;

	private static final String TOKEN_A = AccountsIntegrationTests.TOKEN_A;

	private static final String TOKEN_B = AccountsIntegrationTests.TOKEN_B;

	@Test
	void aRefusedTokenOfTheSecondAccountIsBlamedOnItsEntryAlsoInTheFailedStarts() {
		this.api.accounts(Map.of(A, TOKEN_A, B, TOKEN_B));

		CliRuns.Result run = run(AccountsIntegrationTests
			.withAccounts(List.of("backfill", "--from=2024-01-01", "--to=2024-01-02"), A, TOKEN_A, B, "revoked"));

		assertReadable(run, 1);
		assertThat(errorLines(run)).singleElement()
			.asString()
			.startsWith("[account " + B + "] error: ")
			.contains("rtk.accounts[1].api-token")
			.doesNotContain("CLOUDFLARE_API_TOKEN");
		assertThat(this.jdbc.sql("SELECT reason FROM rtk.failed_start").query(String.class).list()).singleElement()
			.asString()
			.contains("rtk.accounts[1].api-token")
			.doesNotContain("CLOUDFLARE_API_TOKEN");
	}

	@Test
	void aTokenRefusedInsideTheAppStepsIsBlamedOnEachAccountsOwnEntry() {
		this.api.accounts(Map.of(A, TOKEN_A, B, TOKEN_B));
		long start = DayWindow.of(this.apps.get(0), LocalDate.of(2024, 1, 2), ZoneOffset.UTC).start().getEpochSecond();
		this.scripted.failWindow(this.apps.get(0), start, Integer.MAX_VALUE, 403,
				Bodies.errorsBody(10000, "Authentication error"));

		CliRuns.Result run = run(AccountsIntegrationTests
			.withAccounts(List.of("backfill", "--from=2024-01-01", "--to=2024-01-03"), A, TOKEN_A, B, TOKEN_B));

		assertReadable(run, 1);
		assertThat(run.err()).contains("rtk.accounts[0].api-token (account " + A + ")",
				"rtk.accounts[1].api-token (account " + B + ")");
		assertThat(run.all()).doesNotContain("CLOUDFLARE_API_TOKEN");
	}

	@Test
	void aPauseLongerThanTheMaxPauseInsideAnAppStepIsOneLineNamingTheWaitAndTheSetting() {
		this.api.quota().limit(2, Duration.ofSeconds(60)).block(Duration.ofHours(1), true).neighbour(50);

		CliRuns.Result run = run("backfill", "--from=2024-01-01", "--to=2024-01-03", "--rtk.rate.max-pause=10s");

		assertReadable(run, 1);
		assertThat(errorLines(run)).singleElement().asString().contains("longer than rtk.rate.max-pause (10 s)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "soon", "1e999", "-99999999999999999999999", "Wed, 99 Foo 2026 99:99:99 GMT", "5, -7" })
	void anyRetryAfterOnA429InsideAnAppStepIsReadWithoutATrace(String retryAfter) throws Exception {
		try (HeaderRewritingProxy proxy = new HeaderRewritingProxy(this.api.baseUrl())) {
			proxy.set("Retry-After", retryAfter);
			long start = DayWindow.of(this.apps.get(0), LocalDate.of(2024, 1, 1), ZoneOffset.UTC)
				.start()
				.getEpochSecond();
			this.scripted.failWindow(this.apps.get(0), start, 1, 429, Bodies.errorsBody(971, "Please wait"));

			CliRuns.Result run = run("backfill", "--from=2024-01-01", "--to=2024-01-02", "--apps=" + this.apps.get(0),
					"--rtk.base-url=" + proxy.baseUrl(), "--rtk.rate.max-pause=2s");

			assertThat(run.exitCode()).as(run.all()).isIn(0, 1);
			assertReadable(run, run.exitCode());
			if (run.exitCode() == 1) {
				assertThat(errorLines(run)).singleElement().asString().contains("rtk.rate.max-pause");
			}
		}
	}

	@Test
	void anApiThatCannotBeReachedIsOneLineNamingTheBaseUrl() {
		CliRuns.Result run = run("backfill", "--from=2024-01-01", "--to=2024-01-02",
				"--rtk.base-url=http://127.0.0.1:9/client/v4", "--rtk.retry.max-attempts=1");

		assertReadable(run, 1);
		assertThat(errorLines(run)).singleElement().asString().contains("rtk.base-url");
	}

	@Test
	void aDatabaseThatCannotBeReachedIsOneLineNamingTheSetting() {
		CliRuns.Result run = run("backfill", "--from=2024-01-01", "--to=2024-01-02",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/rtk",
				"--spring.datasource.hikari.connection-timeout=1000");

		assertReadable(run, 1);
		assertThat(errorLines(run)).singleElement().asString().contains("spring.datasource.url");
	}

	@Test
	void aReportIntoADirectoryThatTakesNoFileIsBadUsage() {
		CliRuns.Result run = run("report", "--from=2024-01-01", "--to=2024-01-02", "--out=/proc/rtk-report.html");

		assertReadable(run, 2);
		assertThat(errorLines(run)).singleElement()
			.asString()
			.contains("--out=/proc/rtk-report.html cannot be written");
	}

	@Test
	void aThousandAppIdsThatAreNotOneAreCountedAfterTheFirstFew() {
		List<ApiSimulator.App> apps = new ArrayList<>(this.api.apps());
		for (int i = 0; i < 1000; i++) {
			apps.add(new ApiSimulator.App("../" + "x".repeat(200) + i, "evil", "2024-01-01T00:00:00Z"));
		}
		this.api.apps(apps);

		CliRuns.Result run = run("backfill", "--from=2025-01-01", "--to=2025-01-01");

		assertReadable(run, 0);
		assertThat(own(run).lines().filter((line) -> line.startsWith("warning: skipped app id"))).hasSize(5);
		assertThat(run.err()).contains("warning: and 995 more app id(s) the apps endpoint listed were skipped");
	}

	@Test
	void moreThanAHundredFailedWindowsAreNamedUpToAHundredAndCounted() {
		this.scripted.failAll(500, Bodies.errorsBody(10000, "down"));

		CliRuns.Result run = run("backfill", "--from=2024-01-01", "--to=2024-03-01",
				"--apps=" + String.join(",", this.apps), "--rtk.retry.max-attempts=1");

		assertReadable(run, 1);
		assertThat(own(run).lines().filter((line) -> line.startsWith("failed: app "))).hasSize(100);
		assertThat(run.err()).contains("failed: 22 more window(s); gaps lists every one");
	}

	/**
	 * Runs a command as {@link CliRuns#run} does, and keeps what reached the console
	 * besides: the log lines, which go to {@code System.out} and {@code System.err}.
	 */
	private static CliRuns.Result run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		System.setOut(new PrintStream(new TeeOutputStream(console, out), true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(new TeeOutputStream(console, err), true, StandardCharsets.UTF_8));
		try {
			CliRuns.Result run = CliRuns.run(args);
			return new CliRuns.Result(run.exitCode(), run.out(),
					run.err() + CONSOLE + console.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	/** Exits so; no trace, no exception's name, every line short, on the console too. */
	private static void assertReadable(CliRuns.Result run, int exitCode) {
		String output = run.all();
		assertThat(run.exitCode()).as(output).isEqualTo(exitCode);
		assertThat(output).doesNotContain("Caused by", "Exception", "\tat ", "Partition handler", "Error:");
		assertThat(output.lines()).allSatisfy((line) -> assertThat(line.length()).as(line).isLessThan(600));
	}

	/** What the command itself printed to its error output. */
	private static String own(CliRuns.Result run) {
		return run.err().substring(0, run.err().indexOf(CONSOLE));
	}

	private static List<String> errorLines(CliRuns.Result run) {
		return own(run).lines().filter((line) -> line.contains("error: ")).toList();
	}

	/** Writes to both. */
	private static final class TeeOutputStream extends OutputStream {

		private final OutputStream one;

		private final OutputStream two;

		TeeOutputStream(OutputStream one, OutputStream two) {
			this.one = one;
			this.two = two;
		}

		@Override
		public void write(int b) throws IOException {
			this.one.write(b);
			this.two.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.one.write(b, off, len);
			this.two.write(b, off, len);
		}

	}

}
