package io.rtkwarehouse.dataset.livestreams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Fetched;
import io.rtkwarehouse.dataset.Request;
import io.rtkwarehouse.warehouse.Written;
import io.rtkwarehouse.source.ApiJson;
import io.rtkwarehouse.source.Outcome;
import io.rtkwarehouse.source.RealtimeKit;
import io.rtkwarehouse.warehouse.LoadRun;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.window.DayRange;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code livestreams}: the number of livestreams, ingest seconds and viewer seconds of an
 * app and calendar day of the account's zone, one {@code overall} request per day (the
 * window [day 00:00, next day 00:00) in the zone), into {@code rtk.livestream_daily};
 * every answer into {@code rtk.livestream_fetch}.
 */
@Component
@Order(1)
class Livestreams implements Dataset<LivestreamNumbers> {

	static final String ID = "livestreams";

	private static final String ENDPOINT = "analytics/livestreams/overall";

	/** Made on the first call: the commands that only read never make one. */
	private final ObjectProvider<RealtimeKit> api;

	private final DailyRows rows;

	private final FetchHistory history;

	private final WindowLedger ledger;

	Livestreams(ObjectProvider<RealtimeKit> api, DailyRows rows, FetchHistory history, WindowLedger ledger) {
		this.api = api;
		this.rows = rows;
		this.history = history;
		this.ledger = ledger;
	}

	private RealtimeKit api() {
		return this.api.getObject();
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Planning planning() {
		return new Planning(1, Days.ZONE);
	}

	@Override
	public Steps steps() {
		return new Steps("loadWindows", "loadAppWindows", "app-");
	}

	@Override
	public Fetched<LivestreamNumbers> fetch(RtkProperties account, Request request) {
		Instant start = request.days().from().atStartOfDay(request.zone()).toInstant();
		Instant end = request.days().to().plusDays(1).atStartOfDay(request.zone()).toInstant();
		Map<String, String> query = Map.of("start_time", api().time(account, start), "end_time",
				api().time(account, end));
		Outcome<LivestreamNumbers> outcome = api().get(account, request.toString(), request.appId(), ENDPOINT, query,
				Livestreams::read);
		return new Fetched<>(request, outcome);
	}

	@Override
	public Optional<Outcome<Boolean>> probe(RtkProperties account, String appId, Instant start, Instant end) {
		Map<String, String> query = Map.of("start_time", api().time(account, start), "end_time",
				api().time(account, end));
		Outcome<LivestreamNumbers> outcome = api().get(account, "app " + appId + " from " + start + " to " + end, appId,
				ENDPOINT, query, Livestreams::read);
		return Optional.of(outcome.map(LivestreamNumbers::anyNumber));
	}

	static LivestreamNumbers read(String body) throws io.rtkwarehouse.source.InvalidBodyException {
		return ApiJson.data(body, LivestreamNumbers.class);
	}

	@Override
	public void write(String accountId, List<Fetched<LivestreamNumbers>> chunk, LoadRun run, LocalDate finalBefore) {
		List<WindowLedger.Entry> entries = new ArrayList<>();
		for (Fetched<LivestreamNumbers> fetched : chunk) {
			Outcome<?> outcome = fetched.outcome();
			fetched.request()
				.days()
				.stream()
				.forEach((day) -> entries.add(new WindowLedger.Entry(fetched.request().appId(), day,
						fetched.loaded() ? WindowLedger.Entry.LOADED : WindowLedger.Entry.FAILED, outcome.attempts(),
						outcome.httpStatus(), outcome.error(), outcome.fetchedAt())));
		}
		List<Fetched<LivestreamNumbers>> loaded = chunk.stream().filter(Fetched::loaded).toList();
		List<Fetched<LivestreamNumbers>> zeros = this.rows.zerosBefore(loaded, run.protectZerosBefore());
		List<Fetched<LivestreamNumbers>> kept = this.rows.erasing(accountId, zeros);
		this.rows.upsert(accountId, loaded.stream().filter((fetched) -> !kept.contains(fetched)).toList(),
				run.jobExecutionId(), finalBefore);
		this.ledger.upsert(accountId, ID, entries, run);
		String past = "a day before " + run.protectZerosBefore()
				+ ", past the source's retention (rtk.source-retention)";
		this.ledger.retentionNote(accountId, ID, entriesOf(entries, kept),
				"protected: zeros for " + past + "; the numbers stored before stay");
		this.ledger.retentionNote(accountId, ID,
				entriesOf(entries, zeros.stream().filter((fetched) -> !kept.contains(fetched)).toList()),
				"zero past the source's retention: zeros for " + past + ", where zero may mean no longer known");
		this.history.append(accountId, chunk, run.jobExecutionId(), finalBefore);
	}

	private static List<WindowLedger.Entry> entriesOf(List<WindowLedger.Entry> entries,
			List<Fetched<LivestreamNumbers>> fetched) {
		return entries.stream()
			.filter((entry) -> fetched.stream()
				.anyMatch((each) -> each.request().appId().equals(entry.appId())
						&& each.request().days().from().equals(entry.day())))
			.toList();
	}

	@Override
	public Set<LocalDate> finalLoadedDays(String accountId, String appId, DayRange range) {
		return this.rows.finalLoadedDays(accountId, appId, range.from(), range.to());
	}

	@Override
	public int markFinal(String accountId, LocalDate finalBefore) {
		return this.rows.markFinal(accountId, finalBefore);
	}

	@Override
	public int prune(String accountId, int retentionDays) {
		return this.history.prune(accountId, retentionDays);
	}

	@Override
	public int rebuild(String accountId, DayRange range, LocalDate finalBefore) {
		return this.history.rebuild(accountId, range.from(), range.to(), finalBefore);
	}

	@Override
	public Written written(long jobExecutionId) {
		return this.rows.writtenBy(jobExecutionId);
	}

}
