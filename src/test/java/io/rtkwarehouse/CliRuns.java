package io.rtkwarehouse;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.cli.Cli;

/**
 * Runs the command line in this JVM, as {@code java -jar rtk-warehouse.jar} would,
 * against the test database and the API simulator.
 */
public final class CliRuns {

	private CliRuns() {
	}

	/** Runs a command; test properties are added unless the arguments set them. */
	public static Result run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		for (Map.Entry<String, String> property : TestEnvironment.properties().entrySet()) {
			boolean given = all.stream().anyMatch((arg) -> arg.startsWith("--" + property.getKey() + "="));
			if (!given) {
				all.add("--" + property.getKey() + "=" + property.getValue());
			}
		}
		return runExactly(all.toArray(String[]::new));
	}

	/** Runs a command with exactly these arguments. */
	public static Result runExactly(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = Cli.run(tee(out, System.out), tee(err, System.err), args);
		return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static PrintStream tee(ByteArrayOutputStream capture, PrintStream echo) {
		return new PrintStream(new OutputStream() {
			@Override
			public void write(int b) {
				capture.write(b);
				echo.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) {
				capture.write(b, off, len);
				echo.write(b, off, len);
			}
		}, true, StandardCharsets.UTF_8);
	}

	/** What a run printed and how it exited. */
	public record Result(int exitCode, String out, String err) {

		public String all() {
			return this.out + this.err;
		}

	}

}
