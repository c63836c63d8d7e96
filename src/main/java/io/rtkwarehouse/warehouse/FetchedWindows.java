package io.rtkwarehouse.warehouse;

import java.time.LocalDate;
import java.util.List;

import io.rtkwarehouse.source.FetchResult;

import org.springframework.stereotype.Component;

/**
 * Writes one chunk of fetched windows where each part belongs: the numbers of every
 * loaded window to {@link DailyRows}, every window to the {@link WindowLedger}, every
 * answer to the {@link FetchHistory}. Runs in the caller's (the chunk's) transaction.
 */
@Component
public class FetchedWindows {

	private final DailyRows daily;

	private final WindowLedger ledger;

	private final FetchHistory history;

	FetchedWindows(DailyRows daily, WindowLedger ledger, FetchHistory history) {
		this.daily = daily;
		this.ledger = ledger;
		this.history = history;
	}

	/**
	 * @param finalBefore days before this one are final
	 */
	public void write(String accountId, List<? extends FetchResult> results, LoadRun run, LocalDate finalBefore) {
		List<? extends FetchResult> loaded = results.stream().filter(FetchResult::loaded).toList();
		this.daily.upsert(accountId, loaded, run.jobExecutionId(), finalBefore);
		this.ledger.upsert(accountId, results, run);
		this.history.append(accountId, results, run.jobExecutionId(), finalBefore);
	}

}
