package io.rtkwarehouse.simulator;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.rtkwarehouse.simulator.ApiSimulator.Numbers;

/**
 * Scripted answers for tests, installed on a simulator as its {@link AnswerHook}: faults
 * for one window or for every request, and other numbers for a window. Checked in that
 * order; a window fault that has run out lets the window's numbers through.
 */
public final class ScriptedAnswers implements AnswerHook {

	private final ConcurrentHashMap<Window, ScriptedFault> windowFaults = new ConcurrentHashMap<>();

	private volatile ScriptedFault allFault;

	private volatile ScriptedFault listingFault;

	private final ConcurrentHashMap<Window, Numbers> overrides = new ConcurrentHashMap<>();

	private record Window(String appId, long startEpochSecond) {
	}

	/** New, empty scripts that answer for this simulator from now on. */
	public static ScriptedAnswers installOn(ApiSimulator simulator) {
		ScriptedAnswers scripted = new ScriptedAnswers();
		simulator.hook(scripted);
		return scripted;
	}

	/**
	 * The next {@code times} overall requests for this app and window start get this
	 * answer ({@link Integer#MAX_VALUE} = always). Replaces an earlier script for the
	 * same window.
	 */
	public ScriptedAnswers failWindow(String appId, long startEpochSecond, int times, int status, String body) {
		return answerWindow(appId, startEpochSecond, times, Answer.of(status, body));
	}

	/**
	 * The next {@code times} overall requests for this app and window start get this
	 * answer (such as {@link Answer#hugeBody} or {@link Answer#trickling}), like
	 * {@link #failWindow}.
	 */
	public ScriptedAnswers answerWindow(String appId, long startEpochSecond, int times, Answer answer) {
		if (times < 0) {
			throw new IllegalArgumentException("times must be >= 0, got " + times);
		}
		windowFaults.put(new Window(appId, startEpochSecond), new ScriptedFault(answer, times));
		return this;
	}

	/** Every API request the endpoints would answer gets this answer. */
	public ScriptedAnswers failAll(int status, String body) {
		allFault = new ScriptedFault(Answer.of(status, body), Integer.MAX_VALUE);
		return this;
	}

	/** The next {@code times} requests of the apps listing get this answer. */
	public ScriptedAnswers failListing(int times, int status, String body) {
		listingFault = new ScriptedFault(Answer.of(status, body), times);
		return this;
	}

	public ScriptedAnswers clearFaults() {
		windowFaults.clear();
		allFault = null;
		listingFault = null;
		return this;
	}

	/** Replaces the numbers of the window starting at this instant, whatever its end. */
	public ScriptedAnswers setNumbers(String appId, long startEpochSecond, Numbers numbers) {
		overrides.put(new Window(appId, startEpochSecond), Objects.requireNonNull(numbers, "numbers"));
		return this;
	}

	public ScriptedAnswers clearOverrides() {
		overrides.clear();
		return this;
	}

	/** Both livestream endpoints serve the numbers set for the window (or UTC day). */
	@Override
	public Numbers numbers(String appId, long windowStart) {
		return overrides.get(new Window(appId, windowStart));
	}

	@Override
	public Answer answer(String appId, Long windowStart) {
		ScriptedFault all = allFault;
		if (all != null) {
			return all.answer();
		}
		if (appId == null) {
			ScriptedFault listing = listingFault;
			return (listing != null && listing.take()) ? listing.answer() : null;
		}
		Window window = new Window(appId, windowStart);
		ScriptedFault fault = windowFaults.get(window);
		if (fault != null && fault.take()) {
			return fault.answer();
		}
		Numbers override = overrides.get(window);
		return override == null ? null : Answer.numbers(override);
	}

	/** An answer for the next {@code remaining} requests; null remaining = always. */
	private record ScriptedFault(Answer answer, AtomicInteger remaining) {

		ScriptedFault(Answer answer, int times) {
			this(answer, times == Integer.MAX_VALUE ? null : new AtomicInteger(times));
		}

		boolean take() {
			return remaining == null || remaining.getAndUpdate(r -> r > 0 ? r - 1 : 0) > 0;
		}

	}

}
