package io.rtkwarehouse.dataset.livestreams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Fetched;
import io.rtkwarehouse.dataset.Request;
import io.rtkwarehouse.source.Answer;
import io.rtkwarehouse.source.ApiJson;
import io.rtkwarehouse.source.InvalidBodyException;
import io.rtkwarehouse.source.Outcome;
import io.rtkwarehouse.source.RealtimeKit;
import io.rtkwarehouse.warehouse.LoadRun;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.warehouse.Written;
import io.rtkwarehouse.window.DayRange;
import io.rtkwarehouse.window.DaySpan;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code livestreams}: the number of livestreams, ingest seconds and viewer seconds of an
 * app and calendar day of the account's zone (the window [day 00:00, next day 00:00) in
 * the zone), into {@code rtk.livestream_daily}; every answer into
 * {@code rtk.livestream_fetch}. While zero spans are on ({@code rtk.spans.enabled}, and
 * no sampled day has contradicted a span: {@link SpanSwitch}), an app's days are asked in
 * spans of up to a calendar month, and split where they show activity
 * ({@link ZeroSpans}); an app whose recent days in the warehouse were mostly active is
 * asked one day per request, as with spans off.
 */
@Component
@Order(1)
class Livestreams implements Dataset<LivestreamDays> {

	static final String ID = "livestreams";

	private static final String ENDPOINT = "analytics/livestreams/overall";

	/** How far before its first planned day an app's history says whether it is busy. */
	private static final int HISTORY_DAYS = 28;

	/** Made on the first call: the commands that only read never make one. */
	private final ObjectProvider<RealtimeKit> api;

	private final DailyRows rows;

	private final FetchHistory history;

	private final WindowLedger ledger;

	private final SpanSwitch spans;

	private final ConfiguredAccounts accounts;

	private final ChunkWriter writer;

	private final Clock clock;

	Livestreams(ObjectProvider<RealtimeKit> api, DailyRows rows, FetchHistory history, WindowLedger ledger,
			SpanSwitch spans, ConfiguredAccounts accounts, Clock clock) {
		this.writer = new ChunkWriter(rows, history, ledger, spans);
		this.clock = clock;
		this.api = api;
		this.rows = rows;
		this.history = history;
		this.ledger = ledger;
		this.spans = spans;
		this.accounts = accounts;
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
		return new Planning(31, Days.ZONE, true);
	}

	@Override
	public Steps steps() {
		return new Steps("loadWindows", "loadAppWindows", "app-");
	}

	/**
	 * One request per day while spans are off for the account, or for an app whose recent
	 * history in the warehouse was active on at least half its days; else spans of
	 * consecutive days of up to a calendar month. A day past the source's retention whose
	 * stored row holds numbers is asked on its own: an answer of zeros must not overwrite
	 * it, and a span's zeros could not be kept out of a rebuild day by day.
	 */
	@Override
	public List<Request> requests(String accountId, String appId, Collection<LocalDate> days, ZoneId zone) {
		RtkProperties account = this.accounts.settings(accountId);
		TreeSet<LocalDate> planned = new TreeSet<>(days);
		boolean spansOn = !days.isEmpty() && this.spans.on(account)
				&& !this.rows.busy(accountId, appId, planned.first().minusDays(HISTORY_DAYS), planned.last());
		if (!spansOn) {
			return requests(accountId, appId, DaySpan.cut(appId, days, 1), zone);
		}
		Duration retention = account.sourceRetention();
		LocalDate horizon = LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).minusDays(retention.toDays());
		Set<LocalDate> alone = (retention.isZero() || !planned.first().isBefore(horizon)) ? Set.of()
				: this.rows.withNumbers(accountId, appId, planned.first(), horizon.minusDays(1));
		List<DaySpan> spans = new ArrayList<>(
				DaySpan.byMonth(appId, planned.stream().filter((day) -> !alone.contains(day)).toList()));
		spans.addAll(DaySpan.cut(appId, planned.stream().filter(alone::contains).toList(), 1));
		spans.sort(Comparator.comparing((span) -> span.days().from()));
		return requests(accountId, appId, spans, zone);
	}

	private static List<Request> requests(String accountId, String appId, List<DaySpan> spans, ZoneId zone) {
		return spans.stream().map((span) -> new Request(accountId, appId, span.days(), zone)).toList();
	}

	/** See {@link SpanCost}. */
	@Override
	public Cost cost(String accountId, String appId, List<Request> requests) {
		return SpanCost.of(this.rows, accountId, appId, requests);
	}

	@Override
	public Fetched<LivestreamDays> fetch(RtkProperties account, Request request) {
		return fetch(account, request, 0);
	}

	@Override
	public Fetched<LivestreamDays> fetch(RtkProperties account, Request request, long jobExecutionId) {
		ZeroSpans.Ask ask = (days) -> {
			Instant start = days.from().atStartOfDay(request.zone()).toInstant();
			Instant end = days.to().plusDays(1).atStartOfDay(request.zone()).toInstant();
			Map<String, String> query = Map.of("start_time", api().time(account, start), "end_time",
					api().time(account, end));
			return api().get(account,
					new Request(request.accountId(), request.appId(), days, request.zone()).toString(), request.appId(),
					ENDPOINT, query, Livestreams::read);
		};
		LivestreamDays days = ZeroSpans.fetch(request.days(), ask,
				this.spans.check(account, request.appId(), jobExecutionId));
		List<Answer> answers = days.asked().stream().flatMap((asked) -> asked.outcome().answers().stream()).toList();
		String error = days.days()
			.stream()
			.filter((day) -> !day.loaded())
			.map((day) -> day.outcome().error())
			.findFirst()
			.orElse(null);
		return new Fetched<>(request, new Outcome<>(days, answers, error));
	}

	@Override
	public Optional<Outcome<Boolean>> probe(RtkProperties account, String appId, Instant start, Instant end) {
		Map<String, String> query = Map.of("start_time", api().time(account, start), "end_time",
				api().time(account, end));
		Outcome<LivestreamNumbers> outcome = api().get(account, "app " + appId + " from " + start + " to " + end, appId,
				ENDPOINT, query, Livestreams::read);
		return Optional.of(outcome.map(LivestreamNumbers::anyNumber));
	}

	static LivestreamNumbers read(String body) throws InvalidBodyException {
		return ApiJson.data(body, LivestreamNumbers.class);
	}

	/** Writes each day of the chunk: see {@link ChunkWriter}. */
	@Override
	public void write(String accountId, List<Fetched<LivestreamDays>> chunk, LoadRun run, LocalDate finalBefore) {
		this.writer.write(accountId, chunk, run, finalBefore);
	}

	@Override
	public Optional<Steps> askAgainSteps() {
		return Optional.of(new Steps("askWindowsAgain", "askAppWindowsAgain", "again-"));
	}

	/** Whether this execution turned the account's spans off. */
	@Override
	public boolean asksAgain(String accountId, long jobExecutionId) {
		return this.spans.turnedOffIn(accountId, jobExecutionId);
	}

	/**
	 * The app's days inferred from a span that a sample contradicted since, one request
	 * each.
	 */
	@Override
	public List<Request> askAgain(String accountId, String appId, ZoneId zone) {
		return requests(accountId, appId, DaySpan.cut(appId, this.ledger.daysToAskAgain(accountId, ID, appId), 1),
				zone);
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
