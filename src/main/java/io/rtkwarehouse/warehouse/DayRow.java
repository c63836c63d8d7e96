package io.rtkwarehouse.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a {@link DayTable}: its numbers ({@code null} where the API did not say) in
 * the order of the table's number columns.
 */
public record DayRow(String accountId, String appId, LocalDate day, List<Object> numbers, boolean isFinal,
		Instant firstLoadedAt, Instant lastLoadedAt, Instant lastChangedAt, int changesAfterFinal,
		Long jobExecutionId) {

	public DayRow {
		numbers = Collections.unmodifiableList(new ArrayList<>(numbers));
	}

	/** A row as a load writes it: first loaded, last loaded and last changed now. */
	public static DayRow loaded(String accountId, String appId, LocalDate day, List<Object> numbers,
			LocalDate finalBefore, Instant at, long jobExecutionId) {
		return new DayRow(accountId, appId, day, numbers, day.isBefore(finalBefore), at, at, at, 0, jobExecutionId);
	}

}
