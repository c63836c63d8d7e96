package io.rtkwarehouse.source;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.window.DayRange;
import io.rtkwarehouse.window.DaySpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * Reads the day-by-day endpoints, one request per app and up to 31 days: the session and
 * recording usage ({@code analytics/daywise}) and the livestream numbers per day
 * ({@code analytics/livestreams/daywise}, for reconcile). Every request goes through the
 * calls of {@link LivestreamSource}: the same budget, retries and stop.
 */
@Component
public class DaywiseSource {

	private static final Logger logger = LoggerFactory.getLogger(DaywiseSource.class);

	private final RealtimeKitApi api;

	private final ConfiguredAccounts accounts;

	private final LivestreamSource livestreams;

	private final DayStats days;

	DaywiseSource(RealtimeKitApi api, ConfiguredAccounts accounts, LivestreamSource livestreams, ObjectMapper mapper) {
		this.api = api;
		this.accounts = accounts;
		this.livestreams = livestreams;
		this.days = new DayStats(mapper);
	}

	/**
	 * The usage of the span's days: {@code start_date} and {@code end_date} are its first
	 * and last date, as {@code YYYY-MM-DD}. Of the account that runs now, with its token,
	 * as {@link LivestreamSource#fetch} is.
	 */
	public SpanResult<UsageDays> usage(DaySpan span) {
		String accountId = this.accounts.current().accountId();
		DayRange range = span.days();
		ApiCalls.Outcome<DayStats.Read<UsageDays>> outcome = this.livestreams.calls()
			.call("usage of app " + span.appId() + " days " + range, () -> this.api.usageDaywise(accountId,
					span.appId(), range.from().toString(), range.to().toString()),
					(body) -> this.days.usage(body, range));
		return result(span, outcome);
	}

	/**
	 * The livestream numbers of the span's days as the daywise endpoint gives them, asked
	 * for as the UTC instants [first day 00:00, day after the last 00:00).
	 */
	public SpanResult<Map<LocalDate, LivestreamNumbers>> livestreams(String accountId, DaySpan span) {
		DayRange range = span.days();
		String start = this.livestreams.format(range.from().atStartOfDay(ZoneOffset.UTC).toInstant());
		String end = this.livestreams.format(range.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		ApiCalls.Outcome<DayStats.Read<Map<LocalDate, LivestreamNumbers>>> outcome = this.livestreams.calls()
			.call("livestream daywise of app " + span.appId() + " days " + range,
					() -> this.api.livestreamsDaywise(accountId, span.appId(), start, end),
					(body) -> this.days.livestreams(body, range));
		return result(span, outcome);
	}

	/** Reads a stored usage answer as {@link #usage} read it: for a rebuild. */
	public UsageDays usageOf(String body, DayRange range) {
		try {
			return this.days.usage(body, range).value();
		}
		catch (ApiBodies.InvalidBodyException ex) {
			throw new IllegalArgumentException(ex.getMessage());
		}
	}

	private static <T> SpanResult<T> result(DaySpan span, ApiCalls.Outcome<DayStats.Read<T>> outcome) {
		DayStats.Read<T> read = outcome.last().value();
		if (read != null && !read.outside().isEmpty()) {
			List<LocalDate> outside = read.outside();
			logger.warn("The answer for app {} days {} also gave {} day(s) outside them ({}): ignored", span.appId(),
					span.days(), outside.size(), outside);
		}
		return new SpanResult<>(span, (read != null) ? read.value() : null, outcome.answers(), outcome.last().error());
	}

}
