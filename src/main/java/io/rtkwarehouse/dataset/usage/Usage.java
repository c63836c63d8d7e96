package io.rtkwarehouse.dataset.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import io.rtkwarehouse.config.RtkProperties;
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
 * {@code usage}: the sessions and recordings of an app per date, from the {@code daywise}
 * endpoint, one request per app and up to 31 days ({@code start_date}, {@code end_date}
 * as {@code YYYY-MM-DD}), into {@code rtk.session_daily} and {@code rtk.recording_daily};
 * every answer into {@code rtk.usage_fetch}. Its dates are the API's, in no documented
 * zone.
 */
@Component
@Order(2)
class Usage extends SpanDataset {

	static final DayTable SESSIONS = new DayTable("rtk.session_daily",
			List.of("total_sessions", "total_session_minutes"));

	static final DayTable RECORDINGS = new DayTable("rtk.recording_daily",
			List.of("total_recordings", "total_recording_minutes"));

	Usage(ObjectProvider<RealtimeKit> api, DayRows rows, SpanHistory history, WindowLedger ledger) {
		super(new Parts(api, rows, history, ledger));
	}

	@Override
	public String id() {
		return "usage";
	}

	@Override
	public Planning planning() {
		return new Planning(31, Days.AS_GIVEN);
	}

	@Override
	public Steps steps() {
		return new Steps("loadUsageWindows", "loadAppUsageWindows", "usage-app-");
	}

	@Override
	protected List<DayTable> tables() {
		return List.of(SESSIONS, RECORDINGS);
	}

	@Override
	protected String history() {
		return "rtk.usage_fetch";
	}

	@Override
	protected String endpoint() {
		return "analytics/daywise";
	}

	@Override
	protected Map<String, String> query(RtkProperties account, Request request) {
		return Map.of("start_date", request.days().from().toString(), "end_date", request.days().to().toString());
	}

	@Override
	protected DayNumbers read(String body, DayRange asked) throws InvalidBodyException {
		UsageAnswer answer = ApiJson.data(body, UsageAnswer.class);
		List<LocalDate> outside = new ArrayList<>();
		Map<DayTable, Map<LocalDate, List<Object>>> tables = new LinkedHashMap<>();
		tables.put(SESSIONS, days(answer.sessions(), "session_stats", asked, outside,
				(day) -> new Object[] { day.day(), day.count(), day.minutes() }));
		tables.put(RECORDINGS, days(answer.recordings(), "recording_stats", asked, outside,
				(day) -> new Object[] { day.day(), day.count(), day.minutes() }));
		Map<DayTable, java.util.SortedMap<LocalDate, List<Object>>> sorted = new LinkedHashMap<>();
		tables.forEach((table, days) -> sorted.put(table, new TreeMap<>(days)));
		return new DayNumbers(sorted, outside.stream().distinct().sorted().toList());
	}

	/**
	 * The days of one list: each {date, count, minutes}; a date twice refuses the answer.
	 */
	private static <D> Map<LocalDate, List<Object>> days(UsageAnswer.Stats<D> stats, String name, DayRange asked,
			List<LocalDate> outside, Function<D, Object[]> fields) throws InvalidBodyException {
		Map<LocalDate, List<Object>> days = new LinkedHashMap<>();
		Set<LocalDate> seen = new HashSet<>();
		if (stats == null || stats.dayStats() == null) {
			return days;
		}
		int i = 0;
		for (D entry : stats.dayStats()) {
			String at = "data." + name + ".day_stats[" + i++ + "]";
			if (entry == null) {
				throw new InvalidBodyException(at + " is null: the contract gives an object", false);
			}
			Object[] values = fields.apply(entry);
			LocalDate day = (LocalDate) values[0];
			if (day == null) {
				throw new InvalidBodyException(at + ".day is missing", false);
			}
			if (!seen.add(day)) {
				throw new InvalidBodyException(at + ".day is a day given twice (" + day + ")", false);
			}
			if (asked.contains(day)) {
				days.put(day, Arrays.asList(values[1], values[2]));
			}
			else {
				outside.add(day);
			}
		}
		return days;
	}

}
