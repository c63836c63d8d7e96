package io.rtkwarehouse.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What one process of the jar did, seen from outside: its exit code, wall time, CPU and
 * that of the simulator and PostgreSQL meanwhile, the time PostgreSQL spent executing its
 * statements (seconds), memory (MB, -1 if unknown) and the window requests the simulator
 * had received at each sample.
 */
record RunResult(int exitCode, Path log, double wallSeconds, double appCpuSeconds, double simulatorCpuSeconds,
		double postgresCpuSeconds, double sqlSeconds, long peakRssMb, long peakHeapMb, long heapAfterGcMb,
		List<Sample> samples) {

	/** Window requests per second between 25 % and 75 % of the run's requests. */
	OptionalDouble middleRate() {
		long max = this.samples.stream().mapToLong(Sample::windowRequests).max().orElse(0);
		Sample quarter = firstReaching(max / 4.0);
		Sample threeQuarters = firstReaching(max * 3 / 4.0);
		return (quarter != null && threeQuarters != null && threeQuarters.seconds() > quarter.seconds())
				? OptionalDouble.of(quarter.rateTo(threeQuarters)) : OptionalDouble.empty();
	}

	/**
	 * The steady rate: between the first sample at which window requests had come and the
	 * last at which their number moved; null when there is no such span.
	 */
	Steady steady() {
		Sample first = this.samples.stream().filter((sample) -> sample.windowRequests() > 0).findFirst().orElse(null);
		Sample lastMove = null;
		for (Sample sample : this.samples) {
			if (lastMove == null || sample.windowRequests() != lastMove.windowRequests()) {
				lastMove = sample;
			}
		}
		return (first != null && lastMove.seconds() > first.seconds())
				? new Steady(first.rateTo(lastMove), lastMove.seconds() - first.seconds()) : null;
	}

	private Sample firstReaching(double requests) {
		return this.samples.stream().filter((sample) -> sample.windowRequests() >= requests).findFirst().orElse(null);
	}

	/**
	 * The window requests the simulator had received this many seconds after the start.
	 */
	record Sample(double seconds, long windowRequests) {

		double rateTo(Sample later) {
			return (later.windowRequests - this.windowRequests) / (later.seconds - this.seconds);
		}

	}

	/** Requests per second over so many seconds. */
	record Steady(double rate, double seconds) {

	}

}
