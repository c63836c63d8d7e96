package io.rtkwarehouse.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Runs {@link ApiSimulator} as its own process, for the benchmark and the demo. Prints
 * {@code simulator listening on <baseUrl>} and one {@code app <id> <name>} line per app,
 * then serves until the process is terminated (or stdin closes, with
 * --until-stdin-closes).
 */
public final class SimulatorMain {

	private static final String USAGE = """
			usage: java -cp <jar> io.rtkwarehouse.simulator.SimulatorMain [options]
			  --port=N                     port on 127.0.0.1, 0 picks a free one (default 0)
			  --apps=N                     number of apps app-1..app-N (default 3)
			  --token=T                    bearer token to accept (default test-token)
			  --account=A                  account id to accept (default 023e105f4ecef8ad9ca31a8372d0c353)
			  --time-format=F              epoch-seconds (default) or iso-8601
			  --latency-ms=N               delay added to every response (default 0)
			  --rate-limit=R               requests per second accepted, 0 = unlimited (default 0)
			  --server-error-share=X       share of 500/502/503 answers, 0..1 (default 0)
			  --too-many-requests-share=X  share of 429 answers, 0..1 (default 0)
			  --retry-after=N              retry-after seconds sent with 429, 0 = none (default 1)
			  --broken-body-share=X        share of 200s with a cut-off body, 0..1 (default 0)
			  --unsuccessful-share=X       share of 200s with success=false, 0..1 (default 0)
			  --slow-share=X               share of answers delayed by --slow-ms, 0..1 (default 0)
			  --slow-ms=N                  delay of slow answers (default 2000)
			  --seed=N                     seed of the random faults (default 1)
			  --until-stdin-closes         stop when stdin reaches end of file
			  --help                       print this help
			""";

	private SimulatorMain() {
	}

	public static void main(String[] args) {
		int code = run(args);
		if (code != 0) {
			System.exit(code);
		}
	}

	public static int run(String[] args) {
		return run(args, System.in, System.out, System.err);
	}

	/** Returns 0 after a clean stop, 1 if the server cannot start, 2 for bad usage. */
	static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException e) {
			err.println("simulator: " + e.getMessage());
			err.println("try --help");
			return 2;
		}
		if (options.help) {
			out.print(USAGE);
			out.flush();
			return 0;
		}
		ApiSimulator simulator;
		try {
			simulator = options.apply(ApiSimulator.start(options.port));
		}
		catch (RuntimeException e) {
			err.println("simulator: cannot start: " + e.getMessage());
			return 1;
		}
		announce(simulator, out);
		return options.untilStdinCloses ? serveUntilEof(simulator, stdin) : serveForever(simulator);
	}

	private static void announce(ApiSimulator simulator, PrintStream out) {
		out.println("simulator listening on " + simulator.baseUrl());
		simulator.apps().forEach(app -> out.println("app " + app.id() + " " + app.name()));
		out.flush();
	}

	private static int serveUntilEof(ApiSimulator simulator, InputStream stdin) {
		try (simulator) {
			while (stdin.read() >= 0) {
				// input is ignored; only its end matters
			}
		}
		catch (IOException e) {
			// an unreadable stdin counts as closed
		}
		return 0;
	}

	private static int serveForever(ApiSimulator simulator) {
		Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "api-simulator-shutdown"));
		try {
			new CountDownLatch(1).await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			simulator.close();
		}
		return 0;
	}

	private static final class Options {

		int port;

		int apps = 3;

		boolean help;

		boolean untilStdinCloses;

		private final List<Consumer<ApiSimulator>> settings = new ArrayList<>();

		static Options parse(String[] args) {
			Options options = new Options();
			for (String arg : args) {
				options.accept(arg);
			}
			return options;
		}

		ApiSimulator apply(ApiSimulator simulator) {
			simulator.apps(ApiSimulator.apps(apps));
			settings.forEach(setting -> setting.accept(simulator));
			return simulator;
		}

		private void accept(String arg) {
			int eq = arg.indexOf('=');
			String name = eq < 0 ? arg : arg.substring(0, eq);
			String value = eq < 0 ? null : arg.substring(eq + 1);
			switch (name) {
				case "--help" -> help = flag(name, value);
				case "--until-stdin-closes" -> untilStdinCloses = flag(name, value);
				case "--port" -> port = (int) integer(name, value, 0, 65_535);
				case "--apps" -> apps = (int) integer(name, value, 0, 1_000_000);
				case "--token" -> {
					String token = text(name, value);
					settings.add(s -> s.token(token));
				}
				case "--account" -> {
					String account = text(name, value);
					settings.add(s -> s.account(account));
				}
				case "--time-format" -> {
					ApiSimulator.TimeFormat format = timeFormat(name, value);
					settings.add(s -> s.timeFormat(format));
				}
				case "--latency-ms" -> {
					Duration latency = Duration.ofMillis(integer(name, value, 0, Integer.MAX_VALUE));
					settings.add(s -> s.latency(latency));
				}
				case "--slow-ms" -> {
					Duration delay = Duration.ofMillis(integer(name, value, 0, Integer.MAX_VALUE));
					settings.add(s -> s.slowDelay(delay));
				}
				case "--retry-after" -> {
					int seconds = (int) integer(name, value, 0, Integer.MAX_VALUE);
					settings.add(s -> s.retryAfterSeconds(seconds));
				}
				case "--seed" -> {
					long seed = integer(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
					settings.add(s -> s.seed(seed));
				}
				case "--rate-limit" -> {
					double rate = decimal(name, value, 0, Double.MAX_VALUE);
					settings.add(s -> s.rateLimit(rate));
				}
				case "--server-error-share" -> {
					double share = decimal(name, value, 0, 1);
					settings.add(s -> s.serverErrorShare(share));
				}
				case "--too-many-requests-share" -> {
					double share = decimal(name, value, 0, 1);
					settings.add(s -> s.tooManyRequestsShare(share));
				}
				case "--broken-body-share" -> {
					double share = decimal(name, value, 0, 1);
					settings.add(s -> s.brokenBodyShare(share));
				}
				case "--unsuccessful-share" -> {
					double share = decimal(name, value, 0, 1);
					settings.add(s -> s.unsuccessfulShare(share));
				}
				case "--slow-share" -> {
					double share = decimal(name, value, 0, 1);
					settings.add(s -> s.slowShare(share));
				}
				default -> throw new IllegalArgumentException("unknown option " + name);
			}
		}

		private static boolean flag(String name, String value) {
			if (value != null) {
				throw new IllegalArgumentException(name + " takes no value");
			}
			return true;
		}

		private static String text(String name, String value) {
			if (value == null || value.isEmpty()) {
				throw new IllegalArgumentException(name + " needs a value, like " + name + "=...");
			}
			return value;
		}

		private static long integer(String name, String value, long min, long max) {
			try {
				long number = Long.parseLong(text(name, value));
				if (number >= min && number <= max) {
					return number;
				}
			}
			catch (NumberFormatException e) {
				// reported below
			}
			throw new IllegalArgumentException(
					name + " must be an integer from " + min + " to " + max + ", got '" + value + "'");
		}

		private static double decimal(String name, String value, double min, double max) {
			try {
				double number = Double.parseDouble(text(name, value));
				if (number >= min && number <= max) {
					return number;
				}
			}
			catch (NumberFormatException e) {
				// reported below
			}
			String range = max == Double.MAX_VALUE ? " >= " + min : " from " + min + " to " + max;
			throw new IllegalArgumentException(name + " must be a number" + range + ", got '" + value + "'");
		}

		private static ApiSimulator.TimeFormat timeFormat(String name, String value) {
			return switch (text(name, value).toLowerCase(Locale.ROOT)) {
				case "epoch-seconds" -> ApiSimulator.TimeFormat.EPOCH_SECONDS;
				case "iso-8601" -> ApiSimulator.TimeFormat.ISO_8601;
				default -> throw new IllegalArgumentException(
						name + " must be epoch-seconds or iso-8601, got '" + value + "'");
			};
		}

	}

}
