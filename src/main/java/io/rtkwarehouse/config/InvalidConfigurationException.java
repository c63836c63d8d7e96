package io.rtkwarehouse.config;

import java.util.List;

/**
 * Bad usage or configuration: the run does not start, nothing is written, and it exits 2.
 */
public class InvalidConfigurationException extends RuntimeException {

	private final List<String> problems;

	public InvalidConfigurationException(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public InvalidConfigurationException(String problem) {
		this(List.of(problem));
	}

	public List<String> problems() {
		return this.problems;
	}

}
