package io.rtkwarehouse;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged jar in a process of its own, exactly as an operator would: for tests
 * that kill it or read everything it prints, logs included.
 */
public final class ChildJvm {

	private final Process process;

	private final Path output;

	private ChildJvm(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	public static ChildJvm start(Map<String, String> environment, List<String> args) throws IOException {
		return start(List.of(), environment, args, Files.createTempFile("rtk-child-", ".log"), false);
	}

	/**
	 * Like {@link #start(Map, List)}, with options for the JVM itself (such as
	 * {@code -Xmx256m}) and everything it prints in the given file. With
	 * {@code stdinFromParent}, its stdin is a pipe from this JVM instead of
	 * {@code /dev/null}: it closes when this JVM ends or {@link #closeStdin()} is called,
	 * so that a command which runs until its stdin closes never outlives this JVM.
	 */
	public static ChildJvm start(List<String> jvmOptions, Map<String, String> environment, List<String> args,
			Path output, boolean stdinFromParent) throws IOException {
		Path jar = Path.of("target", "rtk-warehouse.jar");
		if (!Files.exists(jar)) {
			throw new IllegalStateException("target/rtk-warehouse.jar is missing: run the tests with ./mvnw verify");
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.redirectInput(stdinFromParent ? ProcessBuilder.Redirect.PIPE
					: ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().keySet().removeIf((name) -> name.startsWith("CLOUDFLARE_") || name.startsWith("RTK_"));
		builder.environment().putAll(environment);
		return new ChildJvm(builder.start(), output);
	}

	/**
	 * Like {@link #start(Map, List)}, with options for the JVM itself (such as
	 * {@code -Xmx256m}), which the {@code java} launcher reads from
	 * {@code JDK_JAVA_OPTIONS} (and says so on its first line).
	 */
	public static ChildJvm startWithJvmOptions(List<String> jvmOptions, Map<String, String> environment,
			List<String> args) throws IOException {
		Map<String, String> withOptions = new HashMap<>(environment);
		withOptions.put("JDK_JAVA_OPTIONS", String.join(" ", jvmOptions));
		return start(withOptions, args);
	}

	public int waitFor() throws InterruptedException {
		return this.process.waitFor();
	}

	/** Whether it ended within the timeout. */
	public boolean waitFor(Duration timeout) throws InterruptedException {
		return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** The exit code of a process that has ended. */
	public int exitValue() {
		return this.process.exitValue();
	}

	/** {@code kill -9}: no shutdown hook, no finally block runs. */
	public void killHard() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** Sends a signal ({@code TERM}, {@code INT}) as {@code kill -s} would. */
	public void signal(String name) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(this.process.pid())).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new IllegalStateException("kill -s " + name + " failed");
		}
	}

	/**
	 * Closes the pipe to its stdin (see {@link #start(List, Map, List, Path, boolean)}).
	 */
	public void closeStdin() throws IOException {
		this.process.getOutputStream().close();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public long pid() {
		return this.process.pid();
	}

	/** The file that holds everything it printed. */
	public Path outputFile() {
		return this.output;
	}

	public String output() throws IOException {
		return Files.readString(this.output, StandardCharsets.UTF_8);
	}

}
