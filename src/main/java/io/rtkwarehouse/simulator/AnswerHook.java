package io.rtkwarehouse.simulator;

import io.rtkwarehouse.simulator.ApiSimulator.Numbers;

/**
 * Answers some API requests in place of the simulator's endpoints, for fakes that need
 * more than the random shares (see {@link ApiSimulator#hook}).
 *
 * <p>
 * Asked once for every request that passed auth, account and the rate limit and that its
 * endpoint would answer (an unknown app, bad times or bad paging are answered first),
 * just before the endpoint's answer and its random faults. A daywise request (usage or
 * livestreams) is asked with the start of its first day in UTC; a livestream request
 * whose range the API ignores ({@link RangeRules}) with the start of the UTC day the app
 * was created. Called from many threads at once.
 */
@FunctionalInterface
public interface AnswerHook {

	/**
	 * Decides the answer of one request.
	 * @param appId the app of an overall request; null for the apps listing
	 * @param windowStart the {@code start_time} of an overall request in epoch seconds;
	 * null for the apps listing
	 * @return the answer to send, or null to let the endpoint answer
	 */
	Answer answer(String appId, Long windowStart);

	/**
	 * The numbers of the livestream window that starts at {@code windowStart}, as both
	 * livestream endpoints serve them (overall for the window, daywise for the UTC day
	 * that starts there), or null for the simulator's own.
	 */
	default Numbers numbers(String appId, long windowStart) {
		return null;
	}

}
