package io.rtkwarehouse.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.rtkwarehouse.ChildJvm;
import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestEnvironment;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountsIntegrationTests extends CommandTests {

	/**
	 * An account's run asks for its apps, then for a day that cannot hold data (the range
	 * guard).
	 */
	private static final int REQUESTS_BEFORE_WINDOWS = 2;

	static final String A = "0000000000000000000000000000000a";

	static final String B = "0000000000000000000000000000000b";

	static final String TOKEN_A = "token-of-brand-a";

	static final String TOKEN_B = "token-of-brand-b";

	@Test
	void twoAccountsWithTheirOwnTokensLoadTheSameAppIdsSideBySideAsTwoExactSetsOfRows() {
		// One request in flight per token: two at once only when the accounts load side
		// by
		// side.
		this.api.accounts(Map.of(A, TOKEN_A, B, TOKEN_B)).latency(Duration.ofMillis(30));
		String json = "{\"rtk\":{\"accounts\":[{\"id\":\"" + A + "\",\"api-token\":\"" + TOKEN_A + "\"},{\"id\":\"" + B
				+ "\",\"api-token\":\"" + TOKEN_B + "\"}]}}";

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-05", "--rtk.account-id=",
				"--rtk.api-token=", "--rtk.rate.concurrency=1", "--spring.application.json=" + json);

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(rows()).isEqualTo(expectedRows(List.of(A, B), LocalDate.of(2025, 1, 1), 5));
		assertExactNumbers();
		assertThat(this.api.stats().requestsWith(A, TOKEN_A)).isEqualTo(this.api.stats().accountRequests(A))
			.isEqualTo(REQUESTS_BEFORE_WINDOWS + 2 * 5);
		assertThat(this.api.stats().requestsWith(B, TOKEN_B)).isEqualTo(this.api.stats().accountRequests(B))
			.isEqualTo(REQUESTS_BEFORE_WINDOWS + 2 * 5);
		assertThat(this.api.stats().maxConcurrent()).isEqualTo(2);
		assertThat(run.out()).contains(
				"2 accounts, 2 tokens: the accounts of each token in turn, the tokens side by side",
				"[account " + A + "] backfill 2025-01-01..2025-01-05 in UTC: 2 app(s), 10 window(s) in range",
				"[account " + B + "] backfill 2025-01-01..2025-01-05 in UTC: 2 app(s), 10 window(s) in range",
				"2 accounts, exit 0 (the worst of theirs):", "  account " + A + ": exit 0 (done)",
				"  account " + B + ": exit 0 (done)");
		assertThat(run.all()).doesNotContain(TOKEN_A, TOKEN_B);
		CliRuns.Result status = CliRuns.run("status", "--rtk.account-id=", "--rtk.api-token=",
				"--spring.application.json=" + json);
		assertThat(status.out()).contains("Last runs of every account (2):", "(account " + A + ")",
				"(account " + B + ")");
	}

	@Test
	void anAccountWhoseTokenIsRefusedFailsAloneWhileTheOtherLoads() {
		this.api.accounts(Map.of(A, TOKEN_A, B, TOKEN_B));

		CliRuns.Result run = CliRuns
			.run(withAccounts(List.of("nightly", "--date=2025-01-10"), A, "a-revoked-token", B, TOKEN_B));

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(rows()).isEqualTo(expectedRows(List.of(B), LocalDate.of(2025, 1, 6), 4));
		assertThat(run.err()).contains("[account " + A + "] error: ", "HTTP 401");
		assertThat(run.out()).contains("account " + A + ": exit 1 (failed)", "account " + B + ": exit 0 (done)");
		assertThat(run.all()).doesNotContain("a-revoked-token", TOKEN_B);
		assertThat(this.jdbc.sql("SELECT account_id FROM rtk.failed_start").query(String.class).list())
			.containsExactly(A);
		assertThat(this.api.stats().requestsWith(B, TOKEN_B)).isEqualTo(this.api.stats().accountRequests(B));
	}

	@Test
	void accountsSharingATokenShareItsQuotaWithoutMeetingA429() {
		this.api.accounts(Map.of(A, "shared-token", B, "shared-token"));
		// 2 x (1 listing + 1 range guard + 2 apps x 10 days) = 44 requests, more than
		// the 36 that one window of the quota leaves after the reserve: the second
		// account starts where the first left the quota.
		this.api.quota("shared-token").limit(40, Duration.ofSeconds(4));

		CliRuns.Result run = CliRuns.run(withAccounts(
				List.of("backfill", "--from=2025-02-01", "--to=2025-02-10", "--rtk.rate.requests-per-second=auto"), A,
				"shared-token", B, "shared-token"));

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(rows()).isEqualTo(expectedRows(List.of(A, B), LocalDate.of(2025, 2, 1), 10));
		assertThat(this.api.stats().requestsWith(A, "shared-token") + this.api.stats().requestsWith(B, "shared-token"))
			.isEqualTo(44);
		assertThat(this.api.stats().tooManyRequestsSent()).isZero();
		assertThat(this.api.stats().maxConcurrent()).isEqualTo(1);
		assertThat(run.out()).contains("account " + A + " (1 of 2):", "account " + B + " (2 of 2):");
	}

	@Test
	void oneAccountIsPickedByIdOrByIndexAndAnUnknownOneIsExitTwoNamingTheConfiguredOnes() {
		this.api.accounts(Map.of(A, TOKEN_A, B, TOKEN_B));

		CliRuns.Result byIndex = CliRuns
			.run(withAccounts(List.of("nightly", "--date=2025-01-10", "--account-index=1"), A, TOKEN_A, B, TOKEN_B));
		CliRuns.Result byId = CliRuns
			.run(withAccounts(List.of("nightly", "--date=2025-01-10", "--account=" + A), A, TOKEN_A, B, TOKEN_B));
		CliRuns.Result outOfRange = CliRuns
			.run(withAccounts(List.of("nightly", "--account-index=2"), A, TOKEN_A, B, TOKEN_B));
		CliRuns.Result unknown = CliRuns.run(withAccounts(
				List.of("gaps", "--from=2025-01-06", "--to=2025-01-09", "--account-index=7"), A, TOKEN_A, B, TOKEN_B));

		assertThat(byIndex.exitCode()).as(byIndex.all()).isZero();
		assertThat(byId.exitCode()).as(byId.all()).isZero();
		assertThat(rows()).isEqualTo(expectedRows(List.of(A, B), LocalDate.of(2025, 1, 6), 4));
		assertThat(this.api.stats().accountRequests(B)).isEqualTo(this.api.stats().requestsWith(B, TOKEN_B))
			.isEqualTo(REQUESTS_BEFORE_WINDOWS + 2 * 4);
		assertThat(outOfRange.exitCode()).isEqualTo(2);
		assertThat(outOfRange.err())
			.contains("--account-index=2 is out of range: 2 account(s) are configured: " + A + ", " + B);
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).contains("--account-index=7 is out of range");
		CliRuns.Result gaps = CliRuns.run(withAccounts(
				List.of("gaps", "--from=2025-01-05", "--to=2025-01-09", "--account-index=0"), A, TOKEN_A, B, TOKEN_B));
		assertThat(gaps.out()).contains("account " + A + ": 2 app(s), 2 window(s) missing or failed")
			.doesNotContain("account " + B);
	}

	@Test
	void bothFormsOfTheAccountsOrOneAccountTwiceIsExitTwoNamingTheConflictAndNotTheToken() {
		CliRuns.Result both = CliRuns.run("nightly", "--rtk.accounts[0].id=" + A,
				"--rtk.accounts[0].api-token=" + TOKEN_A);
		CliRuns.Result twice = CliRuns.run(withAccounts(List.of("nightly"), A, TOKEN_A, A, TOKEN_B));

		assertThat(both.exitCode()).as(both.all()).isEqualTo(2);
		assertThat(both.err()).contains("both forms of the accounts are configured");
		assertThat(twice.exitCode()).as(twice.all()).isEqualTo(2);
		assertThat(twice.err()).contains("account " + A + " is configured twice");
		assertThat(both.all() + twice.all()).doesNotContain(TOKEN_A, TOKEN_B, ApiSimulator.DEFAULT_TOKEN);
		assertThat(this.api.stats().requests()).isZero();
		assertThat(this.jdbc
			.sql("SELECT (SELECT count(*) FROM rtk_batch.batch_job_instance) + (SELECT count(*) FROM rtk.failed_start)")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void twoAccountIndexProcessesAtOnceLoadTheirAccountsEachWithItsOwnToken() throws Exception {
		this.api.accounts(Map.of(A, TOKEN_A, B, TOKEN_B)).latency(Duration.ofMillis(20));
		Map<String, String> environment = Map.of("RTK_ACCOUNTS_0_ID", A, "RTK_ACCOUNTS_0_API_TOKEN",
				"${CF_TOKEN_BRAND_A}", "RTK_ACCOUNTS_1_ID", B, "RTK_ACCOUNTS_1_API_TOKEN", "${CF_TOKEN_BRAND_B}",
				"CF_TOKEN_BRAND_A", TOKEN_A, "CF_TOKEN_BRAND_B", TOKEN_B);

		ChildJvm first = ChildJvm.start(environment, childArgs("--account-index=0"));
		ChildJvm second = ChildJvm.start(environment,
				childArgs("--account-index=1", "--spring.cloud.openfeign.client.config.realtimekit.logger-level=full",
						"--logging.level.io.rtkwarehouse.source=debug"));

		assertThat(first.waitFor()).as(first.output()).isZero();
		assertThat(second.waitFor()).as(second.output()).isZero();
		assertThat(rows()).isEqualTo(expectedRows(List.of(A, B), LocalDate.of(2025, 3, 1), 10));
		assertExactNumbers();
		assertThat(this.api.stats().requestsWith(A, TOKEN_A)).isEqualTo(this.api.stats().accountRequests(A))
			.isEqualTo(REQUESTS_BEFORE_WINDOWS + 2 * 10);
		assertThat(this.api.stats().requestsWith(B, TOKEN_B)).isEqualTo(this.api.stats().accountRequests(B))
			.isEqualTo(REQUESTS_BEFORE_WINDOWS + 2 * 10);
		assertThat(second.output()).contains("Authorization: Bearer <redacted>");
		assertThat(first.output() + second.output()).doesNotContain(TOKEN_A, TOKEN_B);
	}

	private static List<String> childArgs(String... more) {
		List<String> args = new ArrayList<>(List.of("backfill", "--from=2025-03-01", "--to=2025-03-10"));
		args.addAll(List.of(more));
		TestEnvironment.properties().forEach((name, value) -> {
			if (!name.equals("rtk.api-token") && !name.equals("rtk.account-id")) {
				args.add("--" + name + "=" + value);
			}
		});
		return args;
	}

	/** The command with the shorthand unset and these accounts (id, token, ...). */
	static String[] withAccounts(List<String> command, String... idsAndTokens) {
		List<String> args = new ArrayList<>(command);
		args.add("--rtk.account-id=");
		args.add("--rtk.api-token=");
		for (int i = 0; i < idsAndTokens.length / 2; i++) {
			args.add("--rtk.accounts[" + i + "].id=" + idsAndTokens[2 * i]);
			args.add("--rtk.accounts[" + i + "].api-token=" + idsAndTokens[2 * i + 1]);
		}
		return args.toArray(String[]::new);
	}

	private Set<String> rows() {
		return new HashSet<>(this.jdbc.sql("SELECT account_id || ' ' || app_id || ' ' || day FROM rtk.livestream_daily")
			.query(String.class)
			.list());
	}

	private Set<String> expectedRows(List<String> accounts, LocalDate from, int days) {
		Set<String> expected = new HashSet<>();
		for (String account : accounts) {
			for (String app : this.apps) {
				for (int i = 0; i < days; i++) {
					expected.add(account + " " + app + " " + from.plusDays(i));
				}
			}
		}
		return expected;
	}

	/** Every row holds the simulator's numbers of its app and day. */
	private void assertExactNumbers() {
		this.jdbc.sql("SELECT app_id, day, livestream_count, total_viewer_seconds FROM rtk.livestream_daily")
			.query((rs, n) -> {
				DayWindow window = DayWindow.of(rs.getString(1), rs.getDate(2).toLocalDate(), ZoneOffset.UTC);
				ApiSimulator.Numbers expected = ApiSimulator.numbers(window.appId(), window.start().getEpochSecond(),
						window.end().getEpochSecond());
				assertThat(rs.getLong(3)).isEqualTo(expected.count());
				assertThat(rs.getLong(4)).isEqualTo(expected.totalViewerSeconds());
				return n;
			})
			.list();
	}

}
