package io.rtkwarehouse.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.InvalidBodyException;
import io.rtkwarehouse.source.Outcome;
import io.rtkwarehouse.source.RealtimeKit;
import io.rtkwarehouse.warehouse.DayRow;
import io.rtkwarehouse.warehouse.DayRows;
import io.rtkwarehouse.warehouse.DayTable;
import io.rtkwarehouse.warehouse.LoadRun;
import io.rtkwarehouse.warehouse.SpanAnswer;
import io.rtkwarehouse.warehouse.SpanHistory;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.warehouse.Written;
import io.rtkwarehouse.window.DayRange;
import io.rtkwarehouse.window.DaySpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;

/**
 * A dataset whose endpoint answers a run of days at once, day by day, into tables of one
 * row per app and date ({@link DayTable}) and a raw history of spans
 * ({@link SpanHistory}): each day asked for is loaded, missing (the answer left it out)
 * or failed with its request. A subclass says what it asks and how it reads the answer.
 */
public abstract class SpanDataset implements Dataset<DayNumbers> {

	private static final Logger logger = LoggerFactory.getLogger(SpanDataset.class);

	/** How many out-of-range days a warning names; it counts the rest. */
	private static final int OUTSIDE_NAMED = 5;

	private final Parts parts;

	protected SpanDataset(Parts parts) {
		this.parts = parts;
	}

	/** The tables of its rows. */
	protected abstract List<DayTable> tables();

	/** Its raw history table. */
	protected abstract String history();

	/** The path of its endpoint below the app. */
	protected abstract String endpoint();

	/** The query of a request. */
	protected abstract Map<String, String> query(RtkProperties account, Request request);

	/** Reads the body of a successful answer for these days. */
	protected abstract DayNumbers read(String body, DayRange asked) throws InvalidBodyException;

	protected RealtimeKit api() {
		return this.parts.api().getObject();
	}

	@Override
	public Fetched<DayNumbers> fetch(RtkProperties account, Request request) {
		Outcome<DayNumbers> outcome = api().get(account, id() + " of " + request, request.appId(), endpoint(),
				query(account, request), (body) -> read(body, request.days()));
		DayNumbers read = outcome.value();
		if (read != null && !read.outside().isEmpty()) {
			List<LocalDate> outside = read.outside();
			logger.warn("The {} answer for {} also gave {} day(s) outside them ({}{}): ignored", id(), request,
					outside.size(),
					outside.stream().limit(OUTSIDE_NAMED).map(LocalDate::toString).collect(Collectors.joining(", ")),
					(outside.size() > OUTSIDE_NAMED) ? ", ..." : "");
		}
		return new Fetched<>(request, outcome);
	}

	@Override
	public void write(String accountId, List<Fetched<DayNumbers>> chunk, LoadRun run, LocalDate finalBefore) {
		List<WindowLedger.Entry> entries = new ArrayList<>();
		List<SpanAnswer> answers = new ArrayList<>();
		for (Fetched<DayNumbers> fetched : chunk) {
			Request request = fetched.request();
			Outcome<DayNumbers> outcome = fetched.outcome();
			request.days().stream().forEach((day) -> {
				String status = !fetched.loaded() ? WindowLedger.Entry.FAILED
						: fetched.value().has(day) ? WindowLedger.Entry.LOADED : WindowLedger.Entry.MISSING;
				String error = status.equals(WindowLedger.Entry.MISSING)
						? "the answer for " + request.days() + " left this day out" : outcome.error();
				entries.add(new WindowLedger.Entry(request.appId(), day, status, outcome.attempts(),
						outcome.httpStatus(), error, outcome.fetchedAt()));
			});
			if (fetched.loaded()) {
				for (DayTable table : tables()) {
					List<DayRow> rows = fetched.value()
						.tables()
						.getOrDefault(table, new java.util.TreeMap<>())
						.entrySet()
						.stream()
						.map((day) -> DayRow.loaded(accountId, request.appId(), day.getKey(), day.getValue(),
								finalBefore, outcome.fetchedAt(), run.jobExecutionId()))
						.toList();
					this.parts.rows().upsert(table, rows);
				}
			}
			RawAnswers.of(List.of(fetched))
				.forEach((row) -> answers.add(new SpanAnswer(new DaySpan(request.appId(), request.days()),
						row.answer().attempt(), row.answer().httpStatus(), RawAnswers.text(row.answer().body()),
						row.loaded(), row.error(), row.answer().at())));
		}
		this.parts.ledger().upsert(accountId, id(), entries, run);
		this.parts.history().append(history(), accountId, answers, run.jobExecutionId(), finalBefore);
	}

	@Override
	public Set<LocalDate> finalLoadedDays(String accountId, String appId, DayRange range) {
		return this.parts.rows().finalLoadedDays(id(), tables(), accountId, appId, range.from(), range.to());
	}

	@Override
	public int markFinal(String accountId, LocalDate finalBefore) {
		return this.parts.rows().markFinal(tables(), accountId, finalBefore);
	}

	@Override
	public int prune(String accountId, int retentionDays) {
		return this.parts.history().prune(history(), accountId, retentionDays);
	}

	@Override
	public int rebuild(String accountId, DayRange range, LocalDate finalBefore) {
		return this.parts.history().rebuild(history(), accountId, range, finalBefore, (body, asked) -> {
			try {
				Map<DayTable, ? extends Map<LocalDate, List<Object>>> tables = read(body, asked).tables();
				return Map.copyOf(tables);
			}
			catch (InvalidBodyException ex) {
				throw new IllegalArgumentException(ex.getMessage());
			}
		});
	}

	@Override
	public Written written(long jobExecutionId) {
		return this.parts.rows().written(tables(), jobExecutionId);
	}

	/**
	 * What every such dataset works with; the API client is made on the first call, so
	 * that the commands that only read never make one.
	 */
	public record Parts(ObjectProvider<RealtimeKit> api, DayRows rows, SpanHistory history, WindowLedger ledger) {

	}

}
