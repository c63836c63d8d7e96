package io.rtkwarehouse.simulator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.rtkwarehouse.simulator.ApiSimulator.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorCommandTests {

	@Test
	void mainRejectsUnknownOptionsAndBadValues() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
		PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

		assertThat(SimulatorMain.run(new String[] { "--bogus" }, new ByteArrayInputStream(new byte[0]), out, errStream))
			.isEqualTo(2);
		assertThat(SimulatorMain.run(new String[] { "--slow-share=2" }, new ByteArrayInputStream(new byte[0]), out,
				errStream))
			.isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--bogus").contains("--slow-share");
	}

	@Test
	void mainAnnouncesItselfAndStopsWhenStdinCloses() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int code = SimulatorMain.run(new String[] { "--apps=2", "--until-stdin-closes", "--time-format=iso-8601" },
				new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

		List<App> apps = ApiSimulator.apps(2);
		assertThat(code).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).satisfiesExactly(
				line -> assertThat(line).matches("simulator listening on http://127\\.0\\.0\\.1:\\d+/client/v4"),
				line -> assertThat(line).isEqualTo("app " + apps.get(0).id() + " app-1"),
				line -> assertThat(line).isEqualTo("app " + apps.get(1).id() + " app-2"));
	}

	@Test
	void readsOptionsWithTheValueAttachedOrAsTheNextArgument() {
		ParseResult attached = parse("--port=8787", "--apps=5", "--slow-share=0.25", "--time-format=iso-8601");
		ParseResult separate = parse("--port", "8787", "--apps", "5", "--slow-share", "0.25", "--time-format",
				"ISO-8601");

		for (ParseResult result : List.of(attached, separate)) {
			assertThat(result.matchedOptionValue("--port", -1)).isEqualTo(8787);
			assertThat(result.matchedOptionValue("--apps", -1)).isEqualTo(5);
			assertThat(result.matchedOptionValue("--slow-share", -1.0)).isEqualTo(0.25);
			assertThat(result.matchedOptionValue("--time-format", ApiSimulator.TimeFormat.EPOCH_SECONDS))
				.isEqualTo(ApiSimulator.TimeFormat.ISO_8601);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "--port=0", "--port 0" })
	void servesWithTheOptionsGivenUntilStdinCloses(String port) throws Exception {
		List<String> args = new ArrayList<>(List.of(port.split(" ")));
		args.addAll(List.of("--apps", "1", "--token=t0k", "--account", "acc", "--time-format=iso-8601"));
		Served served = serve(args);

		HttpResponse<String> response = served.overall("start_time=2025-03-01T00:00:00Z&end_time=2025-03-02T00:00:00Z");
		served.stdin().close();

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(served.run().get(10, TimeUnit.SECONDS)).isZero();
		assertThat(served.out().toString(StandardCharsets.UTF_8).lines()).hasSize(2);
	}

	@Test
	void servesHugeChunkedBodiesWhenAsked() throws Exception {
		Served served = serve(List.of("--apps=1", "--token=t0k", "--account=acc", "--huge-body-share=1",
				"--huge-body-bytes=100000", "--chunked"));

		HttpResponse<String> response = served.overall("start_time=1740787200&end_time=1740873600");
		served.stdin().close();

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("content-length")).isEmpty();
		assertThat(response.body()).hasSize(100_000).startsWith("{\"success\":true,").endsWith("xx\"}");
		assertThat(served.run().get(10, TimeUnit.SECONDS)).isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "--port=70000|--port", "--port|--port", "--port=abc|--port",
			"--apps=-1|--apps", "--rate-limit=-1|--rate-limit", "--server-error-share=1.5|--server-error-share",
			"--too-many-requests-share=-0.1|--too-many-requests-share", "--slow-share=NaN|--slow-share",
			"--time-format=unix|--time-format", "--latency-ms=-5|--latency-ms", "--retry-after=-1|--retry-after",
			"--token=|--token", "--until-stdin-closes=maybe|--until-stdin-closes",
			"--huge-body-share=2|--huge-body-share", "--huge-body-bytes=0|--huge-body-bytes",
			"--trickle-share=-1|--trickle-share", "--trickle-ms=-1|--trickle-ms",
			"--trickle-every-ms=0|--trickle-every-ms", "--chunked=maybe|--chunked",
			"--activity-mix=0.5,0.5,0.5|--activity-mix", "--activity-mix=a,b,c|--activity-mix",
			"--activity-mix=0.5,0.5|--activity-mix", "--created-from=2025-01-01|--created-from",
			"--created-to=2025-01-01|--created-to", "--count-overlapping|--count-overlapping",
			"--end-inclusive|--end-inclusive", "--retention=180|--retention", "--retention=-1d|--retention",
			"--max-range=31x|--max-range", "--unreadable-time=maybe|--unreadable-time" })
	void aBadValueExitsWithTwoAndNamesTheOption(String arg, String option) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int code = SimulatorMain.run(new String[] { arg }, new ByteArrayInputStream(new byte[0]),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(code).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8).lines().findFirst())
			.hasValueSatisfying(message -> assertThat(message).contains("'" + option + "'"));
	}

	@Test
	void servesAHistoryUnderTheRangeRulesGiven() throws Exception {
		Served served = serve(List.of("--apps=2", "--token=t0k", "--account=acc", "--activity-mix=0,0,1",
				"--created-from=2025-01-01", "--created-to=2025-01-02", "--count-overlapping", "--retention=3650d",
				"--max-range=2d", "--lying-spans"));

		HttpResponse<String> day = served.overall("start_time=1740787200&end_time=1740873600");
		HttpResponse<String> twoDays = served.overall("start_time=1740787200&end_time=1740960000");
		HttpResponse<String> threeDays = served.overall("start_time=1740787200&end_time=1741046400");
		HttpResponse<String> erased = served.overall("start_time=946684800&end_time=946771200");
		String stats = served.stats();
		served.stdin().close();

		String expected;
		try (ApiSimulator same = ApiSimulator.start(0)) {
			same.apps(Activity.apps(2, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2)))
				.activity()
				.mix(new ActivityMix(0, 0, 1))
				.countOverlapping(true);
			expected = Bodies
				.successBody(same.activity().totals(ApiSimulator.apps(1).get(0).id(), 1740787200, 1740873600));
		}
		assertThat(day.body()).isEqualTo(expected);
		assertThat(twoDays.body()).isEqualTo(
				"{\"success\":true,\"data\":{\"count\":0,\"total_ingest_seconds\":0," + "\"total_viewer_seconds\":0}}");
		assertThat(threeDays.statusCode()).isEqualTo(400);
		assertThat(erased.statusCode()).isEqualTo(200);
		assertThat(stats).contains("\"ranges\":{\"too_long_refused\":1,\"unreadable_refused\":0,"
				+ "\"unreadable_ignored\":0,\"range_ignored\":0,\"erased\":1,\"span_zeroed\":1}");
		assertThat(served.run().get(10, TimeUnit.SECONDS)).isZero();
	}

	@Test
	void answersAllTimeTotalsForUnreadableTimesOrIgnoredRangesWhenTold() throws Exception {
		Served served = serve(
				List.of("--apps=1", "--token=t0k", "--account=acc", "--unreadable-time=IGNORE", "--ignore-range"));

		HttpResponse<String> iso = served.overall("start_time=2025-03-01T00:00:00Z&end_time=2025-03-02T00:00:00Z");
		HttpResponse<String> epoch = served.overall("start_time=1740787200&end_time=1740873600");
		String stats = served.stats();
		served.stdin().close();

		String allTime;
		try (ApiSimulator same = ApiSimulator.start(0)) {
			allTime = Bodies.successBody(same.activity().allTime(ApiSimulator.apps(1).get(0).id()));
		}
		assertThat(iso.body()).isEqualTo(allTime);
		assertThat(epoch.body()).isEqualTo(allTime);
		assertThat(stats).contains("\"unreadable_ignored\":1,\"range_ignored\":1,");
		assertThat(served.run().get(10, TimeUnit.SECONDS)).isZero();
	}

	@Test
	void readsLengthsInDaysHoursMinutesOrSeconds() {
		SpanConverter spans = new SpanConverter();

		assertThat(List.of("180d", "12H", "30m", "45s", "0")).extracting(spans::convert)
			.containsExactly(Duration.ofDays(180), Duration.ofHours(12), Duration.ofMinutes(30), Duration.ofSeconds(45),
					Duration.ZERO);
	}

	@Test
	void aTakenPortExitsWithOne() throws IOException {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			int code = SimulatorMain.run(new String[] { "--port=" + taken.getLocalPort() },
					new ByteArrayInputStream(new byte[0]),
					new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8));

			assertThat(code).isEqualTo(1);
		}
		assertThat(err.toString(StandardCharsets.UTF_8))
			.startsWith("simulator: cannot start the API simulator on port");
	}

	@Test
	void helpTellsHowToStartItWhatItIsAndWhereToPointTheTool() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int code = SimulatorMain.run(new String[] { "--help" }, new ByteArrayInputStream(new byte[0]),
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

		String help = out.toString(StandardCharsets.UTF_8);
		assertThat(code).isZero();
		assertThat(help).startsWith("Usage: java -jar rtk-warehouse.jar simulator [options]")
			.contains("local fake of the Cloudflare RealtimeKit API")
			.contains("for trying the tool and for scripting against it")
			.contains("--rtk.base-url=<url>")
			.contains("Default: 2000")
			.contains("Exit codes:")
			.contains("A history of livestreams")
			.contains("How the API reads a range");
		assertThat(List.of("--port", "--apps", "--token", "--account", "--time-format", "--latency-ms", "--rate-limit",
				"--server-error-share", "--too-many-requests-share", "--retry-after", "--broken-body-share",
				"--unsuccessful-share", "--slow-share", "--slow-ms", "--huge-body-share", "--huge-body-bytes",
				"--trickle-share", "--trickle-ms", "--trickle-every-ms", "--chunked", "--seed", "--until-stdin-closes",
				"--help", "--activity-mix", "--created-from", "--created-to", "--count-overlapping", "--end-inclusive",
				"--retention", "--max-range", "--ignore-range", "--unreadable-time", "--lying-spans"))
			.allSatisfy(option -> assertThat(help).contains(option));
	}

	@Test
	void runsAsASubcommandOfAnotherCommandLine() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CommandLine jar = new CommandLine(new Jar()).addSubcommand(new SimulatorCommand());
		jar.setOut(new PrintWriter(out, true));
		jar.setErr(new PrintWriter(new ByteArrayOutputStream(), true));

		assertThat(jar.execute("simulator", "--help")).isZero();
		assertThat(jar.execute("simulator", "--seed=x")).isEqualTo(2);
		assertThat(jar.execute("simulator", "--slow-ms=-1")).isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("simulator [options]");
	}

	/** Runs the command with these options until {@link Served#stdin()} closes. */
	private static Served serve(List<String> options) throws InterruptedException {
		PipedOutputStream stdin = new PipedOutputStream();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<String> args = new ArrayList<>(options);
		args.add("--until-stdin-closes");
		CompletableFuture<Integer> run = CompletableFuture
			.supplyAsync(() -> SimulatorMain.run(args.toArray(String[]::new), pipe(stdin),
					new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
		return new Served(awaitBaseUrl(out), stdin, out, run);
	}

	private static ParseResult parse(String... args) {
		return new CommandLine(new SimulatorCommand()).parseArgs(args);
	}

	private static PipedInputStream pipe(PipedOutputStream stdin) {
		try {
			return new PipedInputStream(stdin);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String awaitBaseUrl(ByteArrayOutputStream out) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			String first = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
			if (first.startsWith("simulator listening on ")) {
				return first.substring("simulator listening on ".length());
			}
			Thread.sleep(10);
		}
		throw new AssertionError("the simulator did not announce itself: " + out);
	}

	/**
	 * A simulator command serving as app-1 of account {@code acc} with token {@code t0k}.
	 */
	private record Served(String baseUrl, PipedOutputStream stdin, ByteArrayOutputStream out,
			CompletableFuture<Integer> run) {

		HttpResponse<String> overall(String query) throws IOException, InterruptedException {
			return HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create(baseUrl + "/accounts/acc/realtime/kit/" + ApiSimulator.apps(1).get(0).id()
							+ "/analytics/livestreams/overall?" + query))
					.header("Authorization", "Bearer t0k")
					.build(), HttpResponse.BodyHandlers.ofString());
		}

		String stats() throws IOException, InterruptedException {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl.replace(Route.API_PREFIX, "") + "/__sim/stats"))
					.build(), HttpResponse.BodyHandlers.ofString())
				.body();
		}

	}

	@Command(name = "rtk-warehouse")
	static final class Jar {

	}

}
