package io.rtkwarehouse.dataset;

import java.util.List;

import io.rtkwarehouse.window.DayRange;

/**
 * Compares what a dataset loaded with the rows of another, day by day: {@code reconcile}
 * loads the datasets that have one, then asks each.
 */
public interface CrossCheck {

	/** Which days it can compare: a message when the account's days are not such days. */
	String refusal(String zone);

	Result compare(String accountId, List<String> apps, DayRange range);

	/**
	 * What a comparison found.
	 *
	 * @param compared days both have
	 * @param differ a line for each day whose numbers differ
	 * @param unknown a line for each day one side does not know a number of (not a
	 * difference)
	 * @param notCompared a line saying what was not compared, or {@code null}
	 */
	record Result(long compared, List<String> differ, List<String> unknown, String notCompared) {

	}

}
