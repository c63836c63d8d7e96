package io.rtkwarehouse.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command, such as a script of jobs/, in a process of its own with exactly the
 * given environment, and keeps what it prints for the assertion messages.
 */
final class JobsScript {

	private JobsScript() {
	}

	static Result run(Map<String, String> environment, List<String> command) throws IOException, InterruptedException {
		Path output = Files.createTempFile("rtk-script-", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
			builder.environment().clear();
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(3, TimeUnit.MINUTES)) {
				process.destroyForcibly().waitFor();
				throw new IllegalStateException(command + " did not end within 3 minutes:\n" + read(output));
			}
			return new Result(process.exitValue(), read(output));
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	private static String read(Path output) throws IOException {
		return Files.readString(output, StandardCharsets.UTF_8);
	}

	/** How the command exited and what it printed, stdout and stderr together. */
	record Result(int exitCode, String output) {

	}

}
