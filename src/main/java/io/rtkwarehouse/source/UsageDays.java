package io.rtkwarehouse.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a daywise answer says of the days asked for: the sessions and the recordings of
 * each day it gives. A day that one list leaves out is unknown there, never zero.
 */
public record UsageDays(SortedMap<LocalDate, Usage> sessions, SortedMap<LocalDate, Usage> recordings) {

	/** Whether either list gives the day. */
	public boolean has(LocalDate day) {
		return this.sessions.containsKey(day) || this.recordings.containsKey(day);
	}

	/**
	 * One day of one list: how many (sessions or recordings) and their minutes, exactly
	 * as sent; {@code null} when the API did not say.
	 */
	public record Usage(Long count, BigDecimal minutes) {
	}

	static UsageDays of(Map<LocalDate, Usage> sessions, Map<LocalDate, Usage> recordings) {
		return new UsageDays(new TreeMap<>(sessions), new TreeMap<>(recordings));
	}

}
