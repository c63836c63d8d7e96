package io.rtkwarehouse.dataset.livestreams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.rtkwarehouse.dataset.Fetched;
import io.rtkwarehouse.dataset.Request;
import io.rtkwarehouse.source.Outcome;
import io.rtkwarehouse.warehouse.LoadRun;
import io.rtkwarehouse.warehouse.WindowLedger;

/** Writes a chunk of livestreams requests in the caller's transaction. */
final class ChunkWriter {

	private static final String ID = Livestreams.ID;

	private final DailyRows rows;

	private final FetchHistory history;

	private final WindowLedger ledger;

	private final SpanSwitch spans;

	ChunkWriter(DailyRows rows, FetchHistory history, WindowLedger ledger, SpanSwitch spans) {
		this.rows = rows;
		this.history = history;
		this.ledger = ledger;
		this.spans = spans;
	}

	/**
	 * Writes each day of the chunk: its ledger entry (with the span its zeros were
	 * inferred from), its row when it loaded, and every answer into the raw history.
	 * Zeros for a day past the source's retention never overwrite numbers stored before.
	 * When the account's spans were turned off (a sample disagreed), a day inferred from
	 * a span is written as failed, to be asked again one by one.
	 */
	void write(String accountId, List<Fetched<LivestreamDays>> chunk, LoadRun run, LocalDate finalBefore) {
		boolean inferred = chunk.stream()
			.flatMap((fetched) -> fetched.value().days().stream())
			.anyMatch((day) -> day.inferredFrom() != null);
		boolean spansOff = inferred && this.spans.offForWriting(accountId);
		List<WindowLedger.Entry> entries = new ArrayList<>();
		List<DailyRows.Loaded> loaded = new ArrayList<>();
		List<FetchHistory.Asked> asked = new ArrayList<>();
		for (Fetched<LivestreamDays> fetched : chunk) {
			Request request = fetched.request();
			for (LivestreamDays.Day day : fetched.value().days()) {
				Outcome<?> outcome = day.outcome();
				boolean distrusted = spansOff && day.inferredFrom() != null;
				String status = (day.loaded() && !distrusted) ? WindowLedger.Entry.LOADED : WindowLedger.Entry.FAILED;
				String error = distrusted ? SpanSwitch.refetchNote(day.inferredFrom()) : outcome.error();
				entries.add(new WindowLedger.Entry(request.appId(), day.day(), status, outcome.attempts(),
						outcome.httpStatus(), error, outcome.fetchedAt(), day.inferredFrom()));
				if (day.loaded() && !distrusted) {
					loaded.add(new DailyRows.Loaded(request.appId(), day.day(), request.zone(), day.numbers(),
							outcome.fetchedAt()));
				}
			}
			for (LivestreamDays.Asked each : fetched.value().asked()) {
				boolean distrusted = spansOff && each.loaded() && each.days().days() > 1;
				asked.add(new FetchHistory.Asked(request.appId(), request.zone(), each.days(), each.outcome(),
						each.loaded() && !distrusted,
						distrusted ? "the account's spans were turned off before it was written" : each.note()));
			}
		}
		List<DailyRows.Loaded> zeros = this.rows.zerosBefore(loaded, run.protectZerosBefore());
		Set<DailyRows.Loaded> kept = new HashSet<>(this.rows.erasing(accountId, zeros));
		// A protected day's answer of zeros is kept out of a rebuild too.
		Set<String> protectedDays = new HashSet<>();
		kept.forEach((day) -> protectedDays.add(key(day.appId(), day.day())));
		asked.replaceAll((each) -> (each.loaded() && each.days().days() == 1
				&& protectedDays.contains(key(each.appId(), each.days().from())))
						? new FetchHistory.Asked(each.appId(), each.zone(), each.days(), each.outcome(), false,
								"protected: zeros past the source's retention; the numbers stored before stay")
						: each);
		this.rows.upsert(accountId, loaded.stream().filter((day) -> !kept.contains(day)).toList(), run.jobExecutionId(),
				finalBefore);
		this.ledger.upsert(accountId, ID, entries, run);
		String past = "a day before " + run.protectZerosBefore()
				+ ", past the source's retention (rtk.source-retention)";
		this.ledger.retentionNote(accountId, ID, entriesOf(entries, kept),
				"protected: zeros for " + past + "; the numbers stored before stay");
		this.ledger.retentionNote(accountId, ID,
				entriesOf(entries, zeros.stream().filter((day) -> !kept.contains(day)).toList()),
				"zero past the source's retention: zeros for " + past + ", where zero may mean no longer known");
		this.history.append(accountId, asked, run.jobExecutionId(), finalBefore);
	}

	private static List<WindowLedger.Entry> entriesOf(List<WindowLedger.Entry> entries,
			Collection<DailyRows.Loaded> days) {
		Set<String> keys = new HashSet<>();
		days.forEach((day) -> keys.add(key(day.appId(), day.day())));
		return entries.stream().filter((entry) -> keys.contains(key(entry.appId(), entry.day()))).toList();
	}

	private static String key(String appId, LocalDate day) {
		return appId + "/" + day;
	}

}
