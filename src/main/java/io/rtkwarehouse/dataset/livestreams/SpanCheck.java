package io.rtkwarehouse.dataset.livestreams;

import java.time.LocalDate;
import java.util.List;

import io.rtkwarehouse.window.DayRange;

/** The run's self-check of spans, for one account. */
interface SpanCheck {

	/** Whether spans may be asked (configuration, and no contradiction yet). */
	boolean spansOn();

	/** The days of a zero span to ask again one by one. */
	List<LocalDate> sample(DayRange span);

	/** A sampled day answered more than zeros: spans are off from now on. */
	void contradicted(DayRange span, LocalDate day, LivestreamNumbers alone);

	/** The numbers of a day of the app, once known. */
	default void observed(LivestreamNumbers day) {
	}

	/**
	 * The app's livestreams per active day, as far as the run has seen; until it has seen
	 * three active days of the app, the account's; 1 until it knows either. It only sizes
	 * the parts of a split.
	 */
	default double livestreamsPerActiveDay() {
		return 1;
	}

	/**
	 * Whether most of the app's days the run has seen were active: its spans are asked
	 * day by day, without asking the span first.
	 */
	default boolean mostlyActive() {
		return false;
	}

}
