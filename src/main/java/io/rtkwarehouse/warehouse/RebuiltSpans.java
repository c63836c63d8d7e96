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

import io.rtkwarehouse.window.DayRange;

/**
 * The rows a rebuild writes from the loaded answers of each app in the order they came,
 * as the loader's upserts made them one answer at a time: the latest answer that gives a
 * day gives its numbers, the ones before it the first load, the last change and the
 * changes after the day was final.
 */
final class RebuiltSpans {

	private final String accountId;

	private final DayRange range;

	private final LocalDate finalBefore;

	private final SpanHistory.SpanReader reader;

	private final DayRows rows;

	private final Map<Key, DayRow> app = new LinkedHashMap<>();

	private String appId;

	private int written;

	RebuiltSpans(String accountId, DayRange range, LocalDate finalBefore, SpanHistory.SpanReader reader, DayRows rows) {
		this.accountId = accountId;
		this.range = range;
		this.finalBefore = finalBefore;
		this.reader = reader;
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
		read(answer.getString("body"), asked, app).forEach((table, days) -> days.forEach((day, numbers) -> {
			if (!this.range.contains(day)) {
				return;
			}
			Key key = new Key(table, day);
			DayRow before = this.app.get(key);
			boolean changed = before != null && !Objects.equals(before.numbers(), numbers);
			this.app.put(key,
					new DayRow(this.accountId, app, day, numbers, day.isBefore(this.finalBefore),
							(before != null) ? before.firstLoadedAt() : at, at,
							(before == null || changed) ? at : before.lastChangedAt(),
							((before != null) ? before.changesAfterFinal() : 0)
									+ ((changed && day.isBefore(wasFinalBefore)) ? 1 : 0),
							execution));
		}));
	}

	/** Writes what is left; the number of rows written. */
	int finish() {
		flush();
		return this.written;
	}

	private Map<DayTable, Map<LocalDate, List<Object>>> read(String body, DayRange asked, String app) {
		try {
			return this.reader.read(body, asked);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("a loaded answer of app " + app + " days " + asked + " no longer reads ("
					+ ex.getMessage() + "); nothing was rebuilt", ex);
		}
	}

	private void flush() {
		Map<DayTable, List<DayRow>> byTable = new LinkedHashMap<>();
		this.app.forEach((key, row) -> byTable.computeIfAbsent(key.table(), (table) -> new ArrayList<>()).add(row));
		byTable.forEach((table, batch) -> {
			this.rows.replace(table, batch);
			this.written += batch.size();
		});
		this.app.clear();
	}

	private record Key(DayTable table, LocalDate day) {
	}

}
