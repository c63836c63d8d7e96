package io.rtkwarehouse.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import io.rtkwarehouse.bench.TimedProcess.Usage;

/** The measured runs of one command, and the API requests each made where counted. */
final class Series {

	private final List<Usage> runs = new ArrayList<>();

	private final List<Long> requests = new ArrayList<>();

	void add(Usage usage) {
		this.runs.add(usage);
	}

	void requests(long count) {
		this.requests.add(count);
	}

	int size() {
		return this.runs.size();
	}

	Stat wall() {
		return stat(Usage::wallSeconds);
	}

	Stat cpu() {
		return stat(Usage::cpuSeconds);
	}

	Stat rss() {
		return stat(Usage::rssMib);
	}

	/** The requests of each run, such as "21" when every run made 21, or "21, 22". */
	String requestsText() {
		return this.requests.stream().distinct().map(String::valueOf).collect(Collectors.joining(", "));
	}

	private Stat stat(ToDoubleFunction<Usage> figure) {
		double[] values = this.runs.stream().mapToDouble(figure).sorted().toArray();
		if (values.length == 0) {
			return new Stat(Double.NaN, Double.NaN, Double.NaN);
		}
		int middle = values.length / 2;
		double median = (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
		return new Stat(values[0], median, values[values.length - 1]);
	}

	/** The least, the median and the most of one figure over the runs. */
	record Stat(double min, double median, double max) {

		String text(int decimals) {
			return Report.format(this.min, decimals) + " / " + Report.format(this.median, decimals) + " / "
					+ Report.format(this.max, decimals);
		}

	}

}
