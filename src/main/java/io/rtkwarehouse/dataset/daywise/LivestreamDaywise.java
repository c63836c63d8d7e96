package io.rtkwarehouse.dataset.daywise;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.dataset.CrossCheck;
import io.rtkwarehouse.dataset.DayNumbers;
import io.rtkwarehouse.dataset.Request;
import io.rtkwarehouse.dataset.SpanDataset;
import io.rtkwarehouse.source.ApiJson;
import io.rtkwarehouse.source.InvalidBodyException;
import io.rtkwarehouse.source.RealtimeKit;
import io.rtkwarehouse.warehouse.DayRows;
import io.rtkwarehouse.warehouse.DayTable;
import io.rtkwarehouse.warehouse.SpanHistory;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.window.DayRange;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code livestream-daywise}: the livestream numbers per UTC day from the livestream
 * daywise endpoint, one request per app and up to 31 days (asked for as the UTC instants
 * [first day 00:00, day after the last 00:00)), into {@code rtk.livestream_daywise};
 * every answer into {@code rtk.livestream_daywise_fetch}. {@code reconcile} loads it and
 * compares it with the livestream rows ({@link Mismatches}).
 */
@Component
@Order(3)
class LivestreamDaywise extends SpanDataset {

	static final DayTable DAYWISE = new DayTable("rtk.livestream_daywise",
			List.of("livestream_session_count", "total_ingest_seconds", "total_viewer_seconds"));

	private final Mismatches mismatches;

	LivestreamDaywise(ObjectProvider<RealtimeKit> api, DayRows rows, SpanHistory history, WindowLedger ledger,
			Mismatches mismatches) {
		super(new Parts(api, rows, history, ledger));
		this.mismatches = mismatches;
	}

	@Override
	public String id() {
		return "livestream-daywise";
	}

	@Override
	public Planning planning() {
		return new Planning(31, Days.UTC);
	}

	@Override
	public Steps steps() {
		return new Steps("loadLivestreamDaywiseWindows", "loadAppLivestreamDaywiseWindows", "livestream-daywise-app-");
	}

	@Override
	protected List<DayTable> tables() {
		return List.of(DAYWISE);
	}

	@Override
	protected String history() {
		return "rtk.livestream_daywise_fetch";
	}

	@Override
	protected String endpoint() {
		return "analytics/livestreams/daywise";
	}

	@Override
	protected Map<String, String> query(RtkProperties account, Request request) {
		DayRange days = request.days();
		return Map.of("start_time", api().time(account, days.from().atStartOfDay(ZoneOffset.UTC).toInstant()),
				"end_time", api().time(account, days.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

	@Override
	protected DayNumbers read(String body, DayRange asked) throws InvalidBodyException {
		List<DaywiseAnswer> entries = ApiJson.data(body, ApiJson.listOf(DaywiseAnswer.class));
		TreeMap<LocalDate, List<Object>> days = new TreeMap<>();
		Set<LocalDate> seen = new HashSet<>();
		List<LocalDate> outside = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			DaywiseAnswer entry = entries.get(i);
			if (entry == null || entry.date() == null) {
				throw new InvalidBodyException(
						"data[" + i + "]"
								+ ((entry == null) ? " is null: the contract gives an object" : ".date is missing"),
						false);
			}
			if (!seen.add(entry.date())) {
				throw new InvalidBodyException("data[" + i + "].date is a day given twice (" + entry.date() + ")",
						false);
			}
			if (asked.contains(entry.date())) {
				days.put(entry.date(), Arrays.asList(entry.sessions(), entry.ingestSeconds(), entry.viewerSeconds()));
			}
			else {
				outside.add(entry.date());
			}
		}
		return new DayNumbers(Map.of(DAYWISE, days), outside.stream().sorted().toList());
	}

	@Override
	public Optional<CrossCheck> crossCheck() {
		return Optional.of(this.mismatches);
	}

}
