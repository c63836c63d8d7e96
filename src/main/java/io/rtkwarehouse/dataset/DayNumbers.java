package io.rtkwarehouse.dataset;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.rtkwarehouse.warehouse.DayTable;

/**
 * What one answer says of the days it was asked for: per table, the numbers of each day
 * it gives ({@code null} numbers where it did not say); a day it leaves out is unknown,
 * never zero. Days it gave outside those asked for are left out and named.
 */
public record DayNumbers(Map<DayTable, SortedMap<LocalDate, List<Object>>> tables, List<LocalDate> outside) {

	public DayNumbers {
		Map<DayTable, SortedMap<LocalDate, List<Object>>> copy = new LinkedHashMap<>();
		tables.forEach((table, days) -> copy.put(table, new TreeMap<>(days)));
		tables = copy;
		outside = List.copyOf(outside);
	}

	/** Whether any table has the day. */
	public boolean has(LocalDate day) {
		return this.tables.values().stream().anyMatch((days) -> days.containsKey(day));
	}

	/** The numbers of the day in the table, or null when the answer did not give it. */
	public List<Object> of(DayTable table, LocalDate day) {
		SortedMap<LocalDate, List<Object>> days = this.tables.get(table);
		return (days != null) ? days.get(day) : null;
	}

}
