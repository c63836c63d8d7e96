package io.rtkwarehouse.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.Bodies;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.rtkwarehouse.cli.AccountsIntegrationTests.A;
import static io.rtkwarehouse.cli.AccountsIntegrationTests.B;
import static io.rtkwarehouse.cli.AccountsIntegrationTests.TOKEN_A;
import static io.rtkwarehouse.cli.AccountsIntegrationTests.TOKEN_B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example query of docs/sql.md on a warehouse of two accounts in two zones that
 * list the same app ids: account A (UTC) stopped loading ten days ago and the last
 * refetch of one of its days failed; account B (New York) is loaded up to its last
 * complete day.
 */
class SqlGuideIntegrationTests extends CommandTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

	/** The day of account A whose refetch failed, for its first app. */
	private final LocalDate failed = this.today.minusDays(12);

	private List<String> queries;

	@BeforeEach
	void twoAccountsInTwoZonesWithAFailedRefetch() throws Exception {
		this.api.accounts(Map.of(A, TOKEN_A, B, TOKEN_B));
		this.scripted.setNumbers(this.apps.get(1), utcStart(this.apps.get(1), this.today.minusDays(20)),
				new ApiSimulator.Numbers(3L, 100L, null));
		assertThat(run("backfill", "--from=" + this.today.minusDays(100), "--to=" + this.today.minusDays(10),
				"--account=" + A))
			.isZero();
		assertThat(run("backfill", "--from=" + this.today.minusDays(100), "--to=" + this.today.minusDays(1),
				"--account=" + B))
			.isZero();
		this.scripted.failWindow(this.apps.get(0), utcStart(this.apps.get(0), this.failed), Integer.MAX_VALUE, 500,
				Bodies.errorsBody(9, "down"));
		assertThat(run("backfill", "--from=" + this.failed, "--to=" + this.failed, "--refetch", "--account=" + A,
				"--rtk.retry.max-attempts=1"))
			.isEqualTo(1);
		String guide = Files.readString(Path.of("docs", "sql.md"));
		Matcher block = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL)
			.matcher(guide.substring(guide.indexOf("## Example queries")));
		this.queries = new ArrayList<>();
		while (block.find()) {
			this.queries.add(block.group(1));
		}
	}

	@Test
	void everyExampleQueryIsAccountSafeAndSaysWhatTheWarehouseHolds() {
		assertThat(this.queries).hasSize(11);
		lastThirtyDaysCountEachAccountsOwnLoadedDays(rows(0));
		growthComparesAMonthWithTheSameAccountsMonthBefore(rows(1));
		topFiveIsPerAccountInItsOwnZone(rows(2));
		missingAndFailedDaysIncludeTheDaysAfterTheLastRun(rows(3));
		completenessStopsBeforeTheFailedDay(rows(4));
		runHistoryShowsTheFailedRefetchLast(rows(5));
		weeklyAveragesMatchTheDailyRowsOfTheSameAccount(this.queries.get(6));
		assertThat(rows(7)).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("account_id", A)
				.containsEntry("app_id", this.apps.get(1))
				.containsEntry("day", Date.valueOf(this.today.minusDays(20)))
				.containsEntry("livestream_count", 3L));
		assertThat(rows(8)).isNotEmpty().allSatisfy((row) -> assertThat(row).containsEntry("account_id", B));
		assertThat(rows(9)).hasSize(2 * this.apps.size() * 7)
			.extracting((row) -> row.get("account_id") + " " + row.get("app_id") + " " + row.get("weekday"))
			.doesNotHaveDuplicates();
		assertThat(rows(10)).hasSize(2 * this.apps.size())
			.allSatisfy((row) -> assertThat(row.get("refetches_of_final_windows"))
				.isEqualTo((A.equals(row.get("account_id")) && this.apps.get(1).equals(row.get("app_id"))) ? 1L : 0L));
	}

	private void lastThirtyDaysCountEachAccountsOwnLoadedDays(List<Map<String, Object>> rows) {
		LocalDate dbToday = this.jdbc.sql("SELECT current_date").query(Date.class).single().toLocalDate();
		long loadedOfA = this.today.minusDays(10).toEpochDay() - dbToday.minusDays(30).toEpochDay() + 1;
		assertThat(rows).hasSize(2 * this.apps.size());
		assertThat(row(rows, A, this.apps.get(1))).containsEntry("loaded_days", loadedOfA)
			.containsEntry("app_name", "app-2");
		assertThat(row(rows, A, this.apps.get(0))).containsEntry("loaded_days", loadedOfA - 1);
		assertThat(rows).allSatisfy((row) -> assertThat((Long) row.get("loaded_days")).isLessThanOrEqualTo(31));
	}

	private void growthComparesAMonthWithTheSameAccountsMonthBefore(List<Map<String, Object>> rows) {
		assertThat(rows).extracting((row) -> row.get("account_id") + " " + row.get("app_id"))
			.contains(B + " " + this.apps.get(0), B + " " + this.apps.get(1));
		for (Map<String, Object> row : rows) {
			BigDecimal hours = (BigDecimal) row.get("viewer_hours");
			BigDecimal before = this.jdbc
				.sql("SELECT viewer_hours FROM rtk.livestream_monthly"
						+ " WHERE account_id = ? AND app_id = ? AND month = ?::date - interval '1 month'")
				.params(row.get("account_id"), row.get("app_id"), row.get("month"))
				.query(BigDecimal.class)
				.single();
			BigDecimal growth = hours.subtract(before)
				.multiply(BigDecimal.valueOf(100))
				.divide(before, 1, RoundingMode.HALF_UP);
			assertThat((BigDecimal) row.get("growth_percent")).as(row.toString()).isEqualByComparingTo(growth);
			assertThat(row.get("zone")).isEqualTo(A.equals(row.get("account_id")) ? "UTC" : NEW_YORK.getId());
		}
		LocalDate failedMonth = this.failed.withDayOfMonth(1);
		assertThat(rows).noneMatch((row) -> A.equals(row.get("account_id"))
				&& this.apps.get(0).equals(row.get("app_id")) && Date.valueOf(failedMonth).equals(row.get("month")));
	}

	private void topFiveIsPerAccountInItsOwnZone(List<Map<String, Object>> rows) {
		assertThat(rows).hasSize(2 * this.apps.size())
			.extracting((row) -> row.get("account_id") + " " + row.get("app_id"))
			.doesNotHaveDuplicates();
		for (Map<String, Object> row : rows) {
			ZoneId zone = A.equals(row.get("account_id")) ? ZoneId.of("UTC") : NEW_YORK;
			assertThat(row).containsEntry("zone", zone.getId())
				.containsEntry("month", Date.valueOf(LocalDate.now(zone).minusMonths(1).withDayOfMonth(1)));
			assertThat((Long) row.get("place")).isBetween(1L, 2L);
		}
	}

	private void missingAndFailedDaysIncludeTheDaysAfterTheLastRun(List<Map<String, Object>> rows) {
		assertThat(rows)
			.extracting((row) -> List.of(row.get("account_id"), row.get("dataset"), row.get("app_id"), row.get("state"),
					row.get("days"), row.get("first_day"), row.get("last_day")))
			.containsExactlyInAnyOrder(
					List.of(A, "livestreams", this.apps.get(0), "failed", 1L, Date.valueOf(this.failed),
							Date.valueOf(this.failed)),
					List.of(A, "livestreams", this.apps.get(0), "missing", 9L, Date.valueOf(this.today.minusDays(9)),
							Date.valueOf(this.today.minusDays(1))),
					List.of(A, "livestreams", this.apps.get(1), "missing", 9L, Date.valueOf(this.today.minusDays(9)),
							Date.valueOf(this.today.minusDays(1))));
	}

	private void completenessStopsBeforeTheFailedDay(List<Map<String, Object>> rows) {
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("account_id", A)
			.containsEntry("zone", "UTC")
			.containsEntry("complete_through", Date.valueOf(this.failed.minusDays(1)))
			.containsEntry("days_failed", 1)
			.containsEntry("days_missing", 18)
			.containsEntry("days_open", 0);
		Date firstOpenOfB = this.jdbc
			.sql("SELECT min(day) FROM rtk.livestream_daily WHERE account_id = ? AND NOT is_final")
			.param(B)
			.query(Date.class)
			.single();
		assertThat(rows.get(1)).containsEntry("account_id", B)
			.containsEntry("zone", NEW_YORK.getId())
			.containsEntry("complete_through", Date.valueOf(firstOpenOfB.toLocalDate().minusDays(1)))
			.containsEntry("days_failed", 0)
			.containsEntry("days_missing", 0);
		assertThat(rows).allSatisfy((row) -> assertThat(row.get("last_loaded_at")).isNotNull());
	}

	private void runHistoryShowsTheFailedRefetchLast(List<Map<String, Object>> rows) {
		assertThat(rows).extracting((row) -> List.of(row.get("account_id"), row.get("kind"), row.get("outcome")))
			.containsExactly(List.of(A, "backfill", "failed"), List.of(A, "backfill", "completed"),
					List.of(B, "backfill", "completed"));
		assertThat(rows.get(0)).containsEntry("range_from", Date.valueOf(this.failed))
			.containsEntry("range_to", Date.valueOf(this.failed));
	}

	private void weeklyAveragesMatchTheDailyRowsOfTheSameAccount(String query) {
		List<Map<String, Object>> rows = this.jdbc.sql(query).query().listOfRows();
		assertThat(rows)
			.extracting((row) -> row.get("account_id") + " " + row.get("app_id") + " " + row.get("iso_week"))
			.doesNotHaveDuplicates();
		String weekly = query.strip().replaceAll(";$", "");
		long differing = this.jdbc
			.sql("""
					SELECT count(*)
					FROM (%s) q
					FULL JOIN (SELECT account_id, app_id, to_char(date_trunc('week', day), 'IYYY-"W"IW') AS iso_week,
					                  round(sum(total_viewer_seconds) / 60.0 / nullif(sum(livestream_count), 0), 1) AS average,
					                  count(*) AS days
					           FROM rtk.livestream_daily_v
					           WHERE NOT is_stale
					           GROUP BY 1, 2, 3) d USING (account_id, app_id, iso_week)
					WHERE q.avg_viewer_minutes_per_livestream IS DISTINCT FROM d.average
					   OR q.days_loaded IS DISTINCT FROM coalesce(d.days, 0)
					"""
				.formatted(weekly))
			.query(Long.class)
			.single();
		assertThat(differing).isZero();
		Map<String, Object> failedWeek = this.jdbc
			.sql("SELECT * FROM rtk.livestream_weekly WHERE account_id = ? AND app_id = ?"
					+ " AND week_start = date_trunc('week', ?::date)::date")
			.params(A, this.apps.get(0), Date.valueOf(this.failed))
			.query()
			.singleRow();
		assertThat(failedWeek).containsEntry("days_failed", 1).containsEntry("is_complete", false);
	}

	private List<Map<String, Object>> rows(int query) {
		return this.jdbc.sql(this.queries.get(query)).query().listOfRows();
	}

	private static Map<String, Object> row(List<Map<String, Object>> rows, String account, String app) {
		return rows.stream()
			.filter((row) -> account.equals(row.get("account_id")) && app.equals(row.get("app_id")))
			.findFirst()
			.orElseThrow();
	}

	private int run(String... command) {
		List<String> args = new ArrayList<>(
				List.of(AccountsIntegrationTests.withAccounts(List.of(command), A, TOKEN_A, B, TOKEN_B)));
		args.add("--rtk.accounts[1].zone=" + NEW_YORK.getId());
		CliRuns.Result result = CliRuns.run(args.toArray(String[]::new));
		return result.exitCode();
	}

	private static long utcStart(String app, LocalDate day) {
		return DayWindow.of(app, day, ZoneOffset.UTC).start().getEpochSecond();
	}

}
