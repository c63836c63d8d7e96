package io.rtkwarehouse.warehouse;

import java.util.List;

/**
 * A table of one row per account, app and date with some numbers, and the timestamps and
 * finality every daily table has: {@code rtk.session_daily}, {@code rtk.recording_daily},
 * {@code rtk.livestream_daywise}. Names come from code, never from input.
 *
 * @param name the table, schema-qualified
 * @param numbers its number columns, in the order of a {@link DayRow}'s numbers
 */
public record DayTable(String name, List<String> numbers) {

	public DayTable {
		numbers = List.copyOf(numbers);
	}

	/**
	 * Whether any number of {@code d} differs from {@code excluded}'s, NULLs as values.
	 */
	String changed() {
		return "(" + columns("d.") + ") IS DISTINCT FROM (" + columns("excluded.") + ")";
	}

	String columns(String prefix) {
		return String.join(", ", this.numbers.stream().map((column) -> prefix + column).toList());
	}

}
