package io.rtkwarehouse.warehouse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.rtkwarehouse.config.Dataset;
import io.rtkwarehouse.source.SpanResult;
import io.rtkwarehouse.source.UsageDays;

import org.springframework.stereotype.Component;

/**
 * Writes one chunk of fetched usage windows, as {@link FetchedWindows} writes livestream
 * ones: the days of every loaded answer to {@link UsageRows}, every day to the
 * {@link WindowLedger} (loaded; missing when the answer left it out; failed with the
 * window), every answer to the {@link UsageHistory}. Runs in the caller's (the chunk's)
 * transaction.
 */
@Component
public class FetchedSpans {

	private final UsageRows rows;

	private final WindowLedger ledger;

	private final UsageHistory history;

	FetchedSpans(UsageRows rows, WindowLedger ledger, UsageHistory history) {
		this.rows = rows;
		this.ledger = ledger;
		this.history = history;
	}

	/**
	 * @param finalBefore days before this one are final
	 */
	public void write(String accountId, List<? extends SpanResult<UsageDays>> results, LoadRun run,
			LocalDate finalBefore) {
		List<WindowLedger.Entry> entries = new ArrayList<>();
		for (SpanResult<UsageDays> result : results) {
			String app = result.span().appId();
			result.span().days().stream().forEach((day) -> {
				String status = !result.loaded() ? WindowLedger.Entry.FAILED
						: result.value().has(day) ? WindowLedger.Entry.LOADED : WindowLedger.Entry.MISSING;
				String error = status.equals(WindowLedger.Entry.MISSING)
						? "the answer for " + result.span().days() + " left this day out" : result.error();
				entries.add(new WindowLedger.Entry(app, day, status, result.attempts(), result.httpStatus(), error,
						result.fetchedAt()));
			});
			if (result.loaded()) {
				for (UsageRows.Table table : UsageRows.Table.values()) {
					List<UsageRows.Row> loaded = table.of(result.value())
						.entrySet()
						.stream()
						.map((day) -> new UsageRows.Row(accountId, app, day.getKey(), day.getValue(),
								day.getKey().isBefore(finalBefore), result.fetchedAt(), result.fetchedAt(),
								result.fetchedAt(), 0, run.jobExecutionId()))
						.toList();
					this.rows.upsert(table, loaded);
				}
			}
		}
		this.ledger.upsert(accountId, Dataset.USAGE, entries, run);
		this.history.append(accountId, results, run.jobExecutionId(), finalBefore);
	}

}
