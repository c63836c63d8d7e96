package io.rtkwarehouse.warehouse;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import io.rtkwarehouse.source.UsageDays;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code rtk.session_daily} and {@code rtk.recording_daily}: one row per account, app and
 * date of the daywise answers, with the same timestamps and finality as the livestream
 * rows. Both tables have one shape; {@link Table} names their columns.
 */
@Repository
public class UsageRows {

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbcClient;

	UsageRows(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbcClient = jdbcClient;
	}

	/**
	 * Upserts loaded days; last_changed_at and changes_after_final move only when a
	 * number changed.
	 */
	void upsert(Table table, List<Row> rows) {
		String changed = "(d." + table.count + ", d." + table.minutes + ") IS DISTINCT FROM (excluded." + table.count
				+ ", excluded." + table.minutes + ")";
		write(table, rows, """
				last_loaded_at = excluded.last_loaded_at,
				last_changed_at = CASE WHEN %1$s THEN excluded.last_changed_at ELSE d.last_changed_at END,
				changes_after_final = d.changes_after_final + CASE WHEN excluded.is_final AND %1$s THEN 1 ELSE 0 END
				""".formatted(changed));
	}

	/** Writes rebuilt rows as they are: every column comes from the raw answers. */
	void replace(Table table, List<Row> rows) {
		write(table, rows, """
				first_loaded_at = excluded.first_loaded_at, last_loaded_at = excluded.last_loaded_at,
				last_changed_at = excluded.last_changed_at, changes_after_final = excluded.changes_after_final
				""");
	}

	private void write(Table table, List<Row> rows, String timestamps) {
		String sql = """
				INSERT INTO %1$s AS d (account_id, app_id, day, %2$s, %3$s, is_final, first_loaded_at, last_loaded_at,
				    last_changed_at, changes_after_final, job_execution_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (account_id, app_id, day) DO UPDATE SET
				    %2$s = excluded.%2$s, %3$s = excluded.%3$s, is_final = excluded.is_final,
				    job_execution_id = excluded.job_execution_id, %4$s
				""".formatted(table.name, table.count, table.minutes, timestamps);
		this.jdbcTemplate.batchUpdate(sql, rows, rows.size(), (ps, row) -> {
			ps.setString(1, row.accountId());
			ps.setString(2, row.appId());
			ps.setObject(3, row.day());
			ps.setObject(4, row.usage().count(), Types.BIGINT);
			ps.setObject(5, row.usage().minutes(), Types.NUMERIC);
			ps.setBoolean(6, row.isFinal());
			ps.setTimestamp(7, Timestamp.from(row.firstLoadedAt()));
			ps.setTimestamp(8, Timestamp.from(row.lastLoadedAt()));
			ps.setTimestamp(9, Timestamp.from(row.lastChangedAt()));
			ps.setInt(10, row.changesAfterFinal());
			ps.setLong(11, row.jobExecutionId());
		});
	}

	/** Marks the account's usage rows whose day is before {@code finalBefore} final. */
	public int markFinal(String accountId, LocalDate finalBefore) {
		int marked = 0;
		for (Table table : Table.values()) {
			marked += this.jdbcClient
				.sql("UPDATE " + table.name + " SET is_final = true WHERE account_id = ? AND NOT is_final AND day < ?")
				.params(accountId, finalBefore)
				.update();
		}
		return marked;
	}

	/**
	 * Days of the app in the range whose last usage fetch loaded and that are final: a
	 * backfill skips them.
	 */
	public Set<LocalDate> finalLoadedDays(String accountId, String appId, LocalDate from, LocalDate to) {
		return new TreeSet<>(this.jdbcClient.sql("""
				SELECT l.day FROM rtk.window_ledger l
				WHERE l.account_id = ? AND l.dataset = 'usage' AND l.app_id = ? AND l.day BETWEEN ? AND ?
				    AND l.status = 'loaded'
				    AND (EXISTS (SELECT 1 FROM rtk.session_daily s WHERE s.account_id = l.account_id
				                 AND s.app_id = l.app_id AND s.day = l.day AND s.is_final)
				         OR EXISTS (SELECT 1 FROM rtk.recording_daily r WHERE r.account_id = l.account_id
				                 AND r.app_id = l.app_id AND r.day = l.day AND r.is_final))
				""").params(accountId, appId, from, to).query(LocalDate.class).list());
	}

	/** The two tables and their number columns. */
	enum Table {

		SESSIONS("rtk.session_daily", "total_sessions", "total_session_minutes"),

		RECORDINGS("rtk.recording_daily", "total_recordings", "total_recording_minutes");

		private final String name;

		private final String count;

		private final String minutes;

		Table(String name, String count, String minutes) {
			this.name = name;
			this.count = count;
			this.minutes = minutes;
		}

		SortedMap<LocalDate, UsageDays.Usage> of(UsageDays days) {
			return (this == SESSIONS) ? days.sessions() : days.recordings();
		}

	}

	/** One row of either table. */
	record Row(String accountId, String appId, LocalDate day, UsageDays.Usage usage, boolean isFinal,
			Instant firstLoadedAt, Instant lastLoadedAt, Instant lastChangedAt, int changesAfterFinal,
			long jobExecutionId) {
	}

}
