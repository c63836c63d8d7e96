package io.rtkwarehouse.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Every dataset this build knows, in the order a run loads them (their {@code @Order}),
 * and those that {@code rtk.datasets} names.
 */
@Component
public class Datasets {

	private final List<Dataset<?>> all;

	public Datasets(List<Dataset<?>> all) {
		this.all = List.copyOf(all);
	}

	/** Every dataset, in the order a run loads them. */
	public List<Dataset<?>> all() {
		return this.all;
	}

	/** Their names, separated by commas. */
	public String ids() {
		return this.all.stream().map(Dataset::id).collect(Collectors.joining(","));
	}

	public Dataset<?> get(String id) {
		return this.all.stream()
			.filter((dataset) -> dataset.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(unknown(id)));
	}

	/** The datasets named, in the order a run loads them. */
	public List<Dataset<?>> of(List<String> ids) {
		ids.forEach(this::get);
		return this.all.stream().filter((dataset) -> ids.contains(dataset.id())).toList();
	}

	/** The dataset whose load step (or app step) has this name, or null. */
	public Dataset<?> byStep(String stepName) {
		for (Dataset<?> dataset : this.all) {
			for (Dataset.Steps steps : stepsOf(dataset)) {
				if (stepName.equals(steps.load()) || stepName.startsWith(steps.app() + ":")
						|| stepName.equals(steps.app())) {
					return dataset;
				}
			}
		}
		return null;
	}

	private static List<Dataset.Steps> stepsOf(Dataset<?> dataset) {
		return dataset.askAgainSteps()
			.map((again) -> List.of(dataset.steps(), again))
			.orElseGet(() -> List.of(dataset.steps()));
	}

	/** What is wrong with a value of {@code rtk.datasets}, worded for the operator. */
	public List<String> problems(List<String> ids) {
		List<String> problems = new ArrayList<>();
		if (ids.isEmpty()) {
			problems.add("rtk.datasets names no dataset: give one or more of " + ids());
		}
		for (String id : ids) {
			if (this.all.stream().noneMatch((dataset) -> dataset.id().equals(id))) {
				problems.add("rtk.datasets: " + unknown(id));
			}
		}
		return problems;
	}

	private String unknown(String id) {
		return "unknown dataset '" + id + "' (known: " + ids() + ")";
	}

}
