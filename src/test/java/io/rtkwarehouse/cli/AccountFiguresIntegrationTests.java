package io.rtkwarehouse.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static io.rtkwarehouse.cli.AccountsIntegrationTests.A;
import static io.rtkwarehouse.cli.AccountsIntegrationTests.B;
import static io.rtkwarehouse.cli.AccountsIntegrationTests.TOKEN_A;
import static io.rtkwarehouse.cli.AccountsIntegrationTests.TOKEN_B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary of each account's run, printed and stored, counts that account's requests
 * only, whether the accounts run side by side on their own tokens or in turn on one.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountFiguresIntegrationTests extends CommandTests {

	private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

	private static final Pattern FIGURES = Pattern.compile(
			"API requests: (\\d+), retries: (\\d+), 429s: (\\d+);.*; paused (\\d+\\.\\d) s; (\\d+\\.\\d+) requests/s");

	@Test
	void accountsOnTheirOwnTokensEachPrintAndStoreTheirOwnRequests(CapturedOutput output) {
		this.api.accounts(Map.of(A, TOKEN_A, B, TOKEN_B));
		// B's second app meets a 429 once: a retry and a pause of B's token only.
		this.scripted.failWindow(this.apps.get(1), start(FROM.plusDays(2)), 1, 429, "{\"success\":false}");

		CliRuns.Result run = CliRuns.run(accounts(A, TOKEN_A, B, TOKEN_B));

		assertThat(run.exitCode()).as(run.all()).isZero();
		Figures a = printed(run, A);
		Figures b = printed(run, B);
		// A: its listing, the range guard and 1 app x 5 days; B: 2 apps x 5 days and a
		// retry.
		assertThat(a).isEqualTo(new Figures(this.api.stats().accountRequests(A), 0, 0, false));
		assertThat(a.requests()).isEqualTo(2 + 5);
		assertThat(b).isEqualTo(new Figures(this.api.stats().accountRequests(B), 1, 1, true));
		assertThat(b.requests()).isEqualTo(2 + 2 * 5 + 1);
		assertThat(stored(A)).isEqualTo(summaryLine(run, A));
		assertThat(stored(B)).isEqualTo(summaryLine(run, B));
		assertClosingLines(run);
		// The tokens' counters start side by side: one quota gauge for the process.
		assertThat(output.getAll()).doesNotContain("already registered");
	}

	@Test
	void accountsSharingATokenEachPrintAndStoreTheirOwnRequestsAndNameTheQuotaTheToken() {
		this.api.accounts(Map.of(A, "shared-token", B, "shared-token"));
		this.api.quota("shared-token").limit(1000, Duration.ofSeconds(60));
		// A runs first; B's second app meets a 429 once.
		this.scripted.failWindow(this.apps.get(1), start(FROM.plusDays(2)), 1, 429, "{\"success\":false}");

		CliRuns.Result run = CliRuns.run(accounts(A, "shared-token", B, "shared-token"));

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(this.api.stats().accountRequests(A)).isEqualTo(2 + 5);
		assertThat(this.api.stats().accountRequests(B)).isEqualTo(2 + 2 * 5 + 1);
		assertThat(printed(run, A)).isEqualTo(new Figures(this.api.stats().accountRequests(A), 0, 0, false));
		assertThat(printed(run, B)).isEqualTo(new Figures(this.api.stats().accountRequests(B), 1, 1, true));
		assertThat(summaryLine(run, A)).contains("; token quota: 1000 per 60 s, lowest left ");
		assertThat(summaryLine(run, B)).contains("; token quota: 1000 per 60 s, lowest left ");
		assertThat(stored(A)).isEqualTo(summaryLine(run, A));
		assertThat(stored(B)).isEqualTo(summaryLine(run, B));
		assertClosingLines(run);
	}

	/** Each account's closing line counts its own requests; the total is their sum. */
	private void assertClosingLines(CliRuns.Result run) {
		long a = this.api.stats().accountRequests(A);
		long b = this.api.stats().accountRequests(B);
		assertThat(a + b).isEqualTo(this.api.stats().requests());
		assertThat(run.out()).contains("2 accounts, exit 0 (the worst of theirs):\n" + "  account " + A
				+ ": exit 0 (done); API requests: " + a + ", retries: 0, 429s: 0\n" + "  account " + B
				+ ": exit 0 (done); API requests: " + b + ", retries: 1, 429s: 1\n"
				+ "  total of the 2 accounts: API requests: " + (a + b) + ", retries: 1, 429s: 1\n");
	}

	/** A backfill of 5 days: account A of the app 0 only, account B of both apps. */
	private String[] accounts(String a, String tokenA, String b, String tokenB) {
		return AccountsIntegrationTests.withAccounts(List.of("backfill", "--from=" + FROM, "--to=" + FROM.plusDays(4),
				"--rtk.accounts[0].apps=" + this.apps.get(0), "--rtk.accounts[1].apps=" + String.join(",", this.apps)),
				a, tokenA, b, tokenB);
	}

	private long start(LocalDate day) {
		return DayWindow.of(this.apps.get(1), day, ZoneOffset.UTC).start().getEpochSecond();
	}

	private long execution(String account) {
		return this.jdbc
			.sql("SELECT job_execution_id FROM rtk_batch.batch_job_execution_params"
					+ " WHERE parameter_name = 'account' AND parameter_value = ?")
			.param(account)
			.query(Long.class)
			.single();
	}

	/** The summary the account's execution printed, after its execution and status. */
	private String summaryLine(CliRuns.Result run, String account) {
		String head = "backfill execution " + execution(account) + ": COMPLETED; ";
		return run.out()
			.lines()
			.filter((line) -> line.contains(head))
			.map((line) -> line.substring(line.indexOf(head) + head.length()))
			.reduce((one, other) -> {
				throw new AssertionError("two summaries of account " + account + ":\n" + run.out());
			})
			.orElseThrow(() -> new AssertionError("no summary of account " + account + ":\n" + run.all()));
	}

	private Figures printed(CliRuns.Result run, String account) {
		Matcher figures = FIGURES.matcher(summaryLine(run, account));
		assertThat(figures.find()).as(run.out()).isTrue();
		double rate = Double.parseDouble(figures.group(5));
		assertThat(rate).isPositive();
		return new Figures(Long.parseLong(figures.group(1)), Long.parseLong(figures.group(2)),
				Long.parseLong(figures.group(3)), !figures.group(4).equals("0.0"));
	}

	/** The summary stored with the account's execution, where {@code status} reads it. */
	private String stored(String account) {
		String context = this.jdbc
			.sql("SELECT coalesce(serialized_context, short_context) FROM rtk_batch.batch_job_execution_context"
					+ " WHERE job_execution_id = ?")
			.param(execution(account))
			.query(String.class)
			.single();
		try {
			return String.valueOf(new DefaultExecutionContextSerializer()
				.deserialize(new ByteArrayInputStream(context.getBytes(StandardCharsets.UTF_8)))
				.get("rtk.summary"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The request figures of a summary: requests, retries, 429s, whether it paused. */
	private record Figures(long requests, long retries, long tooManyRequests, boolean paused) {
	}

}
