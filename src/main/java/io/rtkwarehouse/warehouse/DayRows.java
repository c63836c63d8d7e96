package io.rtkwarehouse.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads the rows of any {@link DayTable}: upserts whose timestamps say when a
 * number last changed, rebuilt rows, finality, and what one job execution wrote.
 */
@Repository
public class DayRows {

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbcClient;

	DayRows(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbcClient = jdbcClient;
	}

	/**
	 * Upserts loaded days; last_changed_at and changes_after_final move only when a
	 * number changed.
	 */
	public void upsert(DayTable table, List<DayRow> rows) {
		write(table, rows, """
				last_loaded_at = excluded.last_loaded_at,
				last_changed_at = CASE WHEN %1$s THEN excluded.last_changed_at ELSE d.last_changed_at END,
				changes_after_final = d.changes_after_final + CASE WHEN excluded.is_final AND %1$s THEN 1 ELSE 0 END
				""".formatted(table.changed()));
	}

	/** Writes rebuilt rows as they are: every column comes from the raw answers. */
	public void replace(DayTable table, List<DayRow> rows) {
		write(table, rows, """
				first_loaded_at = excluded.first_loaded_at, last_loaded_at = excluded.last_loaded_at,
				last_changed_at = excluded.last_changed_at, changes_after_final = excluded.changes_after_final
				""");
	}

	private void write(DayTable table, List<DayRow> rows, String timestamps) {
		if (rows.isEmpty()) {
			return;
		}
		int n = table.numbers().size();
		String sets = String.join(", ", table.numbers().stream().map((c) -> c + " = excluded." + c).toList());
		String sql = """
				INSERT INTO %1$s AS d (account_id, app_id, day, %2$s, is_final, first_loaded_at, last_loaded_at,
				    last_changed_at, changes_after_final, job_execution_id)
				VALUES (?, ?, ?, %3$s?, ?, ?, ?, ?, ?)
				ON CONFLICT (account_id, app_id, day) DO UPDATE SET
				    %4$s, is_final = excluded.is_final, job_execution_id = excluded.job_execution_id, %5$s
				""".formatted(table.name(), table.columns(""), "?, ".repeat(n), sets, timestamps);
		this.jdbcTemplate.batchUpdate(sql, rows, rows.size(), (ps, row) -> set(ps, row, n));
	}

	private static void set(PreparedStatement ps, DayRow row, int n) throws SQLException {
		ps.setString(1, row.accountId());
		ps.setString(2, row.appId());
		ps.setObject(3, row.day());
		for (int i = 0; i < n; i++) {
			Object number = row.numbers().get(i);
			ps.setObject(4 + i, number, (number instanceof Long || number == null) ? Types.BIGINT : Types.NUMERIC);
		}
		ps.setBoolean(4 + n, row.isFinal());
		ps.setTimestamp(5 + n, Timestamp.from(row.firstLoadedAt()));
		ps.setTimestamp(6 + n, Timestamp.from(row.lastLoadedAt()));
		ps.setTimestamp(7 + n, Timestamp.from(row.lastChangedAt()));
		ps.setInt(8 + n, row.changesAfterFinal());
		ps.setObject(9 + n, row.jobExecutionId(), Types.BIGINT);
	}

	/**
	 * Marks the account's rows of the tables whose day is before {@code finalBefore}
	 * final.
	 */
	public int markFinal(List<DayTable> tables, String accountId, LocalDate finalBefore) {
		int marked = 0;
		for (DayTable table : tables) {
			marked += this.jdbcClient
				.sql("UPDATE " + table.name()
						+ " SET is_final = true WHERE account_id = ? AND NOT is_final AND day < ?")
				.params(accountId, finalBefore)
				.update();
		}
		return marked;
	}

	/**
	 * Days of the app in the range whose last fetch of the dataset loaded and that have a
	 * final row in one of its tables: a backfill skips them.
	 */
	public Set<LocalDate> finalLoadedDays(String dataset, List<DayTable> tables, String accountId, String appId,
			LocalDate from, LocalDate to) {
		String exists = String.join(" OR ",
				tables.stream()
					.map((table) -> "EXISTS (SELECT 1 FROM " + table.name() + " r WHERE r.account_id = l.account_id"
							+ " AND r.app_id = l.app_id AND r.day = l.day AND r.is_final)")
					.toList());
		return new TreeSet<>(this.jdbcClient.sql("""
				SELECT l.day FROM rtk.window_ledger l
				WHERE l.account_id = ? AND l.dataset = ? AND l.app_id = ? AND l.day BETWEEN ? AND ?
				    AND l.status = 'loaded' AND (%s)
				""".formatted(exists)).params(accountId, dataset, appId, from, to).query(LocalDate.class).list());
	}

	/**
	 * The days (app and date) one job execution wrote a row for in any of the tables: how
	 * many, how many were new in one of them, how many changed a number in one.
	 */
	public Written written(List<DayTable> tables, long jobExecutionId) {
		String union = String.join(" UNION ALL ",
				tables.stream()
					.map((table) -> "SELECT app_id, day, first_loaded_at = last_loaded_at AS created,"
							+ " last_changed_at = last_loaded_at AND first_loaded_at <> last_loaded_at AS changed FROM "
							+ table.name() + " WHERE job_execution_id = ?")
					.toList());
		return this.jdbcClient.sql("""
				SELECT count(*) AS loaded, count(*) FILTER (WHERE created) AS created,
				       count(*) FILTER (WHERE changed AND NOT created) AS changed
				FROM (SELECT app_id, day, bool_or(created) AS created, bool_or(changed) AS changed
				      FROM (%s) r GROUP BY app_id, day) days
				""".formatted(union))
			.params(tables.stream().map((table) -> (Object) jobExecutionId).toList())
			.query(Written.class)
			.single();
	}

}
