package io.rtkwarehouse.warehouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import io.rtkwarehouse.source.UsageDays;
import io.rtkwarehouse.window.DayRange;

/**
 * The usage rows a rebuild writes, from the loaded answers of each app in the order they
 * came, as the loader's upserts made them one answer at a time: the latest answer that
 * gives a day gives its numbers, the ones before it the first load, the last change and
 * the changes after the day was final.
 */
final class RebuiltUsage {

	private final String accountId;

	private final DayRange range;

	private final LocalDate finalBefore;

	private final BiFunction<String, DayRange, UsageDays> usage;

	private final UsageRows rows;

	private final Map<Key, UsageRows.Row> app = new LinkedHashMap<>();

	private String appId;

	private int written;

	RebuiltUsage(String accountId, DayRange range, LocalDate finalBefore, BiFunction<String, DayRange, UsageDays> usage,
			UsageRows rows) {
		this.accountId = accountId;
		this.range = range;
		this.finalBefore = finalBefore;
		this.usage = usage;
		this.rows = rows;
	}

	/** The next loaded answer, in app and arrival order. */
	void add(ResultSet answer) throws SQLException {
		String app = answer.getString("app_id");
		if (!app.equals(this.appId)) {
			flush();
			this.appId = app;
		}
		DayRange asked = new DayRange(answer.getObject("range_from", LocalDate.class),
				answer.getObject("range_to", LocalDate.class));
		Instant at = answer.getTimestamp("fetched_at").toInstant();
		LocalDate wasFinalBefore = answer.getObject("final_before", LocalDate.class);
		long execution = answer.getLong("job_execution_id");
		UsageDays days = read(answer.getString("body"), asked, app);
		for (UsageRows.Table table : UsageRows.Table.values()) {
			table.of(days).forEach((day, numbers) -> {
				if (!this.range.contains(day)) {
					return;
				}
				Key key = new Key(table, day);
				UsageRows.Row before = this.app.get(key);
				boolean changed = before != null && !Objects.equals(before.usage(), numbers);
				this.app.put(key,
						new UsageRows.Row(this.accountId, app, day, numbers, day.isBefore(this.finalBefore),
								(before != null) ? before.firstLoadedAt() : at, at,
								(before == null || changed) ? at : before.lastChangedAt(),
								((before != null) ? before.changesAfterFinal() : 0)
										+ ((changed && day.isBefore(wasFinalBefore)) ? 1 : 0),
								execution));
			});
		}
	}

	/** Writes what is left; the number of rows written. */
	int finish() {
		flush();
		return this.written;
	}

	private UsageDays read(String body, DayRange asked, String app) {
		try {
			return this.usage.apply(body, asked);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("a loaded usage answer of app " + app + " days " + asked
					+ " no longer reads (" + ex.getMessage() + "); nothing was rebuilt", ex);
		}
	}

	private void flush() {
		for (UsageRows.Table table : UsageRows.Table.values()) {
			List<UsageRows.Row> batch = new ArrayList<>();
			this.app.forEach((key, row) -> {
				if (key.table() == table) {
					batch.add(row);
				}
			});
			this.rows.replace(table, batch);
			this.written += batch.size();
		}
		this.app.clear();
	}

	private record Key(UsageRows.Table table, LocalDate day) {
	}

}
