package io.rtkwarehouse.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One command run under GNU time ({@code /usr/bin/time}), which waits for it and reads
 * its resource usage: wall time, user and system CPU of the command and of every
 * descendant it waited for (a script's curl, jq and psql, a launcher's tools before it
 * execs java), and the peak RSS of the largest of those processes. Its output goes to a
 * log.
 */
final class TimedProcess {

	static final Path TIME = Path.of("/usr/bin/time");

	private TimedProcess() {
	}

	/**
	 * Runs the command with these changes to this JVM's environment (a null value removes
	 * the variable), killing it after the limit.
	 */
	static Usage run(List<String> command, Map<String, String> environment, Path log, Duration limit)
			throws Broken, IOException, InterruptedException {
		Path usage = Files.createTempFile(log.getParent(), "time-", ".txt");
		List<String> timed = new ArrayList<>(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o", usage.toString()));
		timed.addAll(command);
		ProcessBuilder builder = new ProcessBuilder(timed).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		environment.forEach((name, value) -> {
			if (value == null) {
				builder.environment().remove(name);
			}
			else {
				builder.environment().put(name, value);
			}
		});
		Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		Process process = builder.start();
		if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			process.waitFor();
			Files.deleteIfExists(usage);
			throw new Broken(String.join(" ", command.subList(0, Math.min(3, command.size()))) + " took longer than "
					+ limit.toSeconds() + " s (log " + log + ")");
		}
		int exitCode = process.waitFor();
		List<String> lines = Files.readAllLines(usage, StandardCharsets.UTF_8);
		Files.deleteIfExists(usage);
		if (lines.isEmpty()) {
			throw new IllegalStateException("/usr/bin/time wrote nothing for " + command);
		}
		// Before the figures, time writes a line of its own when the command ended by a
		// signal or with an exit code other than 0.
		String[] figures = lines.get(lines.size() - 1).trim().split(" ");
		return new Usage(exitCode, Double.parseDouble(figures[0]),
				Double.parseDouble(figures[1]) + Double.parseDouble(figures[2]), Long.parseLong(figures[3]) / 1024.0);
	}

	/**
	 * What a run used: its exit code, wall seconds, CPU seconds (user + system) of the
	 * process tree, peak RSS in MiB of its largest process.
	 */
	record Usage(int exitCode, double wallSeconds, double cpuSeconds, double rssMib) {

	}

}
