package io.rtkwarehouse.dataset.livestreams;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.time.ZoneId;

import io.rtkwarehouse.window.DayWindow;

/**
 * The daily rows a rebuild writes, made from the loaded answers of each window in the
 * order they came, as the loader's upserts made them one answer at a time.
 */
final class RebuiltWindows {

	private static final int BATCH = 500;

	private final String accountId;

	private final LocalDate finalBefore;

	private final Function<String, LivestreamNumbers> numbers;

	private final DailyRows daily;

	private final List<DailyRows.Rebuilt> batch = new ArrayList<>();

	private DailyRows.Rebuilt current;

	private int written;

	RebuiltWindows(String accountId, LocalDate finalBefore, Function<String, LivestreamNumbers> numbers,
			DailyRows daily) {
		this.accountId = accountId;
		this.finalBefore = finalBefore;
		this.numbers = numbers;
		this.daily = daily;
	}

	/** The next loaded answer, in window and arrival order. */
	void add(ResultSet answer) throws SQLException {
		String app = answer.getString("app_id");
		LocalDate day = answer.getObject("day", LocalDate.class);
		Instant fetchedAt = answer.getTimestamp("fetched_at").toInstant();
		LivestreamNumbers read = read(answer.getString("body"), app, day);
		if (this.current == null || !this.current.appId().equals(app) || !this.current.day().equals(day)) {
			flush();
			DayWindow window = DayWindow.of(app, day, ZoneId.of(answer.getString("zone")));
			this.current = new DailyRows.Rebuilt(this.accountId, app, day, answer.getString("zone"), window.start(),
					window.end(), read, fetchedAt, fetchedAt, fetchedAt, answer.getLong("job_execution_id"),
					day.isBefore(this.finalBefore), 0);
			return;
		}
		boolean changed = !Objects.equals(read, this.current.numbers());
		DailyRows.Rebuilt previous = this.current;
		this.current = new DailyRows.Rebuilt(this.accountId, app, day, answer.getString("zone"), previous.windowStart(),
				previous.windowEnd(), read, previous.firstLoadedAt(), fetchedAt,
				changed ? fetchedAt : previous.lastChangedAt(), answer.getLong("job_execution_id"),
				day.isBefore(this.finalBefore),
				previous.changesAfterFinal() + ((changed && answer.getBoolean("was_final")) ? 1 : 0));
	}

	/** Writes what is left; the number of rows written. */
	int finish() {
		flush();
		write();
		return this.written;
	}

	private LivestreamNumbers read(String body, String app, LocalDate day) {
		try {
			return this.numbers.apply(body);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("a loaded answer of app " + app + " day " + day
					+ " no longer reads as numbers (" + ex.getMessage() + "); nothing was rebuilt", ex);
		}
	}

	private void flush() {
		if (this.current != null) {
			this.batch.add(this.current);
			this.current = null;
			if (this.batch.size() >= BATCH) {
				write();
			}
		}
	}

	private void write() {
		this.daily.replace(this.batch);
		this.written += this.batch.size();
		this.batch.clear();
	}

}
