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
	 * The app's livestreams per active day, as far as the run has seen: 1 until it knows.
	 */
	default double livestreamsPerActiveDay() {
		return 1;
	}

	/**
	 * Whether most of the app's days the run has seen were active: its spans go straight
	 * to single days.
	 */
	default boolean mostlyActive() {
		return false;
	}

}
