package io.rtkwarehouse.warehouse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What needs attention in an account: per dataset it loads, its failed and missing days
 * in a range (as {@code rtk.day_state} gives them, a day it does not expect counting as
 * missing, as {@code gaps} counts them), how far it is complete
 * ({@code rtk.completeness}) and the account's last run ({@code rtk.run_history}).
 */
@Repository
public class Attention {

	private final JdbcClient jdbcClient;

	private final Coverage coverage;

	Attention(JdbcClient jdbcClient, Coverage coverage) {
		this.jdbcClient = jdbcClient;
		this.coverage = coverage;
	}

	/**
	 * The datasets the account loads (the configured ones, then the others
	 * {@code rtk.completeness} has, by name), each with its failed and missing days of
	 * the apps in the range, as {@link Coverage#gaps} finds them for {@code gaps}.
	 */
	public List<DatasetState> of(String accountId, List<String> configured, List<String> apps, LocalDate from,
			LocalDate to) {
		Map<String, DatasetState> complete = new LinkedHashMap<>();
		this.jdbcClient.sql("""
				SELECT dataset, first_day, last_day, complete_through, last_loaded_at
				FROM rtk.completeness WHERE account_id = ? ORDER BY dataset
				""")
			.param(accountId)
			.query((RowCallbackHandler) (rs) -> complete.put(rs.getString(1),
					new DatasetState(rs.getString(1), 0, 0, rs.getObject(2, LocalDate.class),
							rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
							rs.getObject(5, OffsetDateTime.class))));
		Set<String> datasets = new LinkedHashSet<>(configured);
		datasets.addAll(complete.keySet());
		List<DatasetState> states = new ArrayList<>();
		for (String dataset : datasets) {
			List<Coverage.Gap> found = this.coverage.gaps(accountId, dataset, apps, from, to);
			long failed = found.stream().filter((gap) -> "failed".equals(gap.state())).count();
			long missing = found.size() - failed;
			DatasetState known = complete.get(dataset);
			states.add((known != null)
					? new DatasetState(dataset, failed, missing, known.firstDay(), known.lastDay(),
							known.completeThrough(), known.lastLoadedAt())
					: new DatasetState(dataset, failed, missing, null, null, null, null));
		}
		return states;
	}

	/** The account's last run, a run that ended before its job included. */
	public Optional<LastRun> lastRun(String accountId) {
		return this.jdbcClient.sql("""
				SELECT kind, started_at, outcome, message FROM rtk.run_history
				WHERE account_id = ? ORDER BY started_at DESC NULLS LAST LIMIT 1
				""")
			.param(accountId)
			.query((rs, row) -> new LastRun(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
					rs.getString(4)))
			.optional();
	}

	/**
	 * One dataset of an account: failed and missing app-days in the range; from
	 * {@code rtk.completeness} (all its apps, its whole span, {@code null} when no run
	 * asked for it yet) the first and last day expected, the last day up to which every
	 * day is loaded and final, and when it last loaded.
	 */
	public record DatasetState(String dataset, long daysFailed, long daysMissing, LocalDate firstDay, LocalDate lastDay,
			LocalDate completeThrough, OffsetDateTime lastLoadedAt) {

		public boolean needsAttention() {
			return this.daysFailed > 0 || this.daysMissing > 0;
		}

	}

	/** A run as {@code rtk.run_history} has it: its kind, start and outcome. */
	public record LastRun(String kind, OffsetDateTime startedAt, String outcome, String message) {
	}

}
