package io.rtkwarehouse.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.rtkwarehouse.simulator.ApiSimulator.TimeFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs {@link ApiSimulator} as its own process, for trying the tool, the benchmark and
 * scripts. Prints {@code simulator listening on <baseUrl>} and one
 * {@code app <id> <name>} line per app, then serves until the process is stopped (or
 * stdin closes, with {@code --until-stdin-closes}). Usable on its own
 * ({@link SimulatorMain}) or as a subcommand of another {@code CommandLine}.
 */
@Command(name = "simulator", mixinStandardHelpOptions = false, showDefaultValues = true, sortOptions = false,
		customSynopsis = "java -jar rtk-warehouse.jar simulator [options]", descriptionHeading = "%n",
		description = {
				"A local fake of the Cloudflare RealtimeKit API (the apps listing and the livestream "
						+ "analytics), for trying the tool and for scripting against it without a Cloudflare account.",
				"",
				"It prints 'simulator listening on <url>' and one 'app <id> <name>' line per app, then serves "
						+ "until it is stopped (or stdin closes, with --until-stdin-closes). Point the tool at it "
						+ "with --rtk.base-url=<url>, with CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID set to "
						+ "the --token and --account. GET /__sim/stats shows what it has answered; "
						+ "POST /__sim/reset clears those counts.",
				"" },
		optionListHeading = "Options:%n", exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:stopped cleanly", "1:cannot start (for example the port is taken)", "2:bad usage" },
		footerHeading = "%nExample:%n",
		footer = { "  java -jar target/rtk-warehouse.jar simulator --port=8787 &",
				"  export CLOUDFLARE_API_TOKEN=" + ApiSimulator.DEFAULT_TOKEN,
				"  export CLOUDFLARE_ACCOUNT_ID=" + ApiSimulator.DEFAULT_ACCOUNT,
				"  java -jar target/rtk-warehouse.jar backfill --from=2025-03-01 \\",
				"    --to=2025-03-07 --rtk.base-url=http://127.0.0.1:8787/client/v4" })
public final class SimulatorCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--port", paramLabel = "<port>", defaultValue = "0",
			description = "port on 127.0.0.1, 0 picks a free one")
	private int port;

	@Option(names = "--apps", paramLabel = "<n>", defaultValue = "3", description = "number of apps app-1..app-<n>")
	private int apps;

	@Option(names = "--token", paramLabel = "<token>", defaultValue = ApiSimulator.DEFAULT_TOKEN,
			description = "bearer token to accept")
	private String token;

	@Option(names = "--account", paramLabel = "<account>", defaultValue = ApiSimulator.DEFAULT_ACCOUNT,
			description = "account id to accept")
	private String account;

	@Option(names = "--account-token", paramLabel = "<account>=<token>",
			description = "serve this account with its own token instead of --account and --token (repeatable)")
	private Map<String, String> accountTokens = new LinkedHashMap<>();

	@Option(names = "--quota-per-token", description = "each --account-token's token has a --quota of its own")
	private boolean quotaPerToken;

	@Option(names = "--time-format", paramLabel = "<format>", defaultValue = "epoch-seconds",
			converter = TimeFormatConverter.class,
			description = "epoch-seconds or iso-8601; the other is refused, or see --unreadable-time")
	private TimeFormat timeFormat;

	@Option(names = "--latency-ms", paramLabel = "<ms>", defaultValue = "0",
			description = "delay added to every response")
	private long latencyMs;

	@Option(names = "--rate-limit", paramLabel = "<per-second>", defaultValue = "0",
			description = "requests per second accepted, 0 = unlimited")
	private double rateLimit;

	@Mixin
	private final FaultOptions faults = new FaultOptions();

	@Option(names = "--quota", paramLabel = "<q>", defaultValue = "0",
			description = "Cloudflare's quota: q requests per --quota-window, headers on every answer; 0 = none")
	private int quota;

	@Option(names = "--quota-window", paramLabel = "<seconds>", defaultValue = "300", description = "its window")
	private int quotaWindow;

	@Option(names = "--neighbour", paramLabel = "<per-second>", defaultValue = "0",
			description = "the user's other tools, spending this rate of the quota")
	private double neighbour;

	@Option(names = "--block", paramLabel = "<seconds>", defaultValue = "0",
			description = "after going over the quota, every request refused this long (0 = until it resets)")
	private int block;

	@Option(names = "--block-without-retry-after", description = "the quota's 429s carry no retry-after")
	private boolean blockWithoutRetryAfter;

	@ArgGroup(validate = false, heading = "%nA history of livestreams (without --activity-mix: a made-up number per "
			+ "window, as always):%n")
	private HistoryOptions history = new HistoryOptions();

	@ArgGroup(validate = false, heading = "%nHow the API reads a range, which its contract leaves open (each answer a "
			+ "rule changes is counted in /__sim/stats under \"ranges\"):%n")
	private RangeOptions ranges = new RangeOptions();

	@Option(names = "--until-stdin-closes", description = "stop when stdin reaches end of file")
	private boolean untilStdinCloses;

	@Option(names = "--help", usageHelp = true, description = "print this help")
	private boolean help;

	private final InputStream stdin;

	public SimulatorCommand() {
		this(System.in);
	}

	SimulatorCommand(InputStream stdin) {
		this.stdin = stdin;
	}

	/** Returns 0 after a clean stop, 1 if the server cannot start; bad values throw. */
	@Override
	public Integer call() {
		validate();
		ApiSimulator simulator;
		try {
			simulator = configure(ApiSimulator.start(port));
		}
		catch (RuntimeException e) {
			String cause = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
			spec.commandLine().getErr().println("simulator: " + e.getMessage() + cause);
			return 1;
		}
		announce(simulator, spec.commandLine().getOut());
		return untilStdinCloses ? serveUntilEof(simulator) : serveForever(simulator);
	}

	private void validate() {
		OptionRules rules = new OptionRules(spec);
		rules.check(port >= 0 && port <= 65_535, "--port", "must be an integer from 0 to 65535");
		rules.check(apps >= 0 && apps <= 1_000_000, "--apps", "must be an integer from 0 to 1000000");
		rules.check(!token.isEmpty(), "--token", "must not be empty");
		rules.check(!account.isEmpty(), "--account", "must not be empty");
		rules.milliseconds(latencyMs, "--latency-ms");
		rules.check(rateLimit >= 0 && rateLimit <= Double.MAX_VALUE, "--rate-limit", "must be a number >= 0");
		rules.check(quota >= 0, "--quota", "must be an integer >= 0");
		rules.check(quotaWindow > 0, "--quota-window", "must be an integer > 0");
		rules.check(neighbour >= 0 && neighbour <= Double.MAX_VALUE, "--neighbour", "must be a number >= 0");
		rules.check(block >= 0, "--block", "must be an integer >= 0");
		rules.check(accountTokens.entrySet().stream().noneMatch(e -> e.getKey().isEmpty() || e.getValue().isEmpty()),
				"--account-token", "must be <account>=<token>, neither empty");
		faults.validate(rules);
		history.validate(rules);
		ranges.validate(rules);
	}

	private ApiSimulator configure(ApiSimulator simulator) {
		simulator.quota()
			.limit(quota, Duration.ofSeconds(quotaWindow))
			.block(Duration.ofSeconds(block), !blockWithoutRetryAfter)
			.neighbour(neighbour);
		if (!accountTokens.isEmpty()) {
			simulator.accounts(accountTokens);
			if (quotaPerToken) {
				accountTokens.values()
					.forEach(each -> simulator.quota(each)
						.limit(quota, Duration.ofSeconds(quotaWindow))
						.block(Duration.ofSeconds(block), !blockWithoutRetryAfter));
			}
		}
		history.configure(simulator.activity());
		ranges.configure(simulator.rules());
		return faults.configure(simulator.apps(history.apps(apps))
			.token(token)
			.account(account)
			.timeFormat(timeFormat)
			.latency(Duration.ofMillis(latencyMs))
			.rateLimit(rateLimit));
	}

	private static void announce(ApiSimulator simulator, PrintWriter out) {
		out.println("simulator listening on " + simulator.baseUrl());
		simulator.apps().forEach(app -> out.println("app " + app.id() + " " + app.name()));
		out.flush();
	}

	private int serveUntilEof(ApiSimulator simulator) {
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

}
