package io.rtkwarehouse.simulator;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import io.rtkwarehouse.simulator.RangeRules.Outcome;

/** How many answers each {@link RangeRules} rule changed, for {@link Stats}. */
final class RangeCounts {

	private final Map<Outcome, LongAdder> counts = new EnumMap<>(Outcome.class);

	RangeCounts() {
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, new LongAdder());
		}
	}

	void add(Outcome outcome) {
		counts.get(outcome).increment();
	}

	long get(Outcome outcome) {
		return counts.get(outcome).sum();
	}

	void reset() {
		counts.values().forEach(LongAdder::reset);
	}

	/** {@code {"too_long_refused":0,...}}, in the order of {@link Outcome}. */
	String json() {
		StringBuilder json = new StringBuilder("{");
		counts.forEach((outcome, count) -> json.append((json.length() > 1) ? "," : "")
			.append('"')
			.append(outcome.name().toLowerCase(Locale.ROOT))
			.append("\":")
			.append(count.sum()));
		return json.append('}').toString();
	}

}
