package io.rtkwarehouse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.ChildJvm;

/**
 * Two accounts against Cloudflare's quota of {@value #QUOTA} requests per
 * {@value #WINDOW_SECONDS} s per token, with {@code rtk.rate.requests-per-second=auto}:
 * in one process (one account after the other), in two processes at once with
 * {@code --account-index} (what the Indexed Job's Pods do), each account with its own
 * token and quota, or both on one token. Reports the window requests per second achieved,
 * the 429s and the CPU of the processes: what docs/scaling.md quotes.
 */
final class AccountsScenario implements Scenario {

	static final int QUOTA = 60;

	static final int WINDOW_SECONDS = 10;

	private static final String A = "0000000000000000000000000000000a";

	private static final String B = "0000000000000000000000000000000b";

	private static final Pattern TOO_MANY = Pattern.compile("429s: (\\d+)");

	@Override
	public void run(BenchContext bench) {
		int days = bench.variant(20, 150);
		bench.report()
			.detail("accounts: 2 accounts x 2 apps x " + days + " days, quota " + QUOTA + " per " + WINDOW_SECONDS
					+ " s per token (" + (QUOTA / WINDOW_SECONDS) + "/s), rtk.rate.requests-per-second=auto, reserve"
					+ " 0.1.");
		measure(bench, "accounts-1-process-own-tokens", days, false, 1);
		measure(bench, "accounts-2-processes-own-tokens", days, false, 2);
		measure(bench, "accounts-1-process-shared-token", days, true, 1);
		measure(bench, "accounts-2-processes-shared-token", days, true, 2);
	}

	private void measure(BenchContext bench, String label, int days, boolean shared, int processes) {
		bench.print("== " + label);
		String tokenA = "token-a";
		String tokenB = shared ? tokenA : "token-b";
		List<String> options = new ArrayList<>(List.of("--apps=2", "--quota=" + QUOTA,
				"--quota-window=" + WINDOW_SECONDS, "--quota-per-token", "--account-token=" + A + "=" + tokenA,
				"--account-token=" + B + "=" + tokenB, "--account-token=" + Simulator.ACCOUNT + "=" + Simulator.TOKEN));
		Path work = Path.of(System.getProperty("java.io.tmpdir"));
		try (Simulator simulator = Simulator.start(Files.createTempFile(work, label, "-simulator.log"), options);
				BenchDatabase database = bench.database(label)) {
			Map<String, String> environment = new LinkedHashMap<>();
			environment.put("RTK_ACCOUNTS_0_ID", A);
			environment.put("RTK_ACCOUNTS_0_API_TOKEN", tokenA);
			environment.put("RTK_ACCOUNTS_1_ID", B);
			environment.put("RTK_ACCOUNTS_1_API_TOKEN", tokenB);
			List<String> args = new ArrayList<>(List.of("backfill", "--from=2023-01-01",
					"--to=" + LocalDate.of(2023, 1, 1).plusDays(days - 1), "--rtk.base-url=" + simulator.baseUrl(),
					"--rtk.rate.requests-per-second=auto", "--rtk.lock.wait=60s"));
			args.addAll(List.of(database.database().springArgs()));
			double cpuBefore = ProcFs.endedChildrenCpuSeconds();
			long started = System.nanoTime();
			List<ChildJvm> runs = new ArrayList<>();
			for (int i = 0; i < processes; i++) {
				List<String> these = new ArrayList<>(args);
				if (processes > 1) {
					these.add("--account-index=" + i);
				}
				runs.add(ChildJvm.start(List.of("-Xmx256m"), environment, these,
						Files.createTempFile(work, label + "-" + i, ".out"), false));
			}
			long tooMany = 0;
			for (ChildJvm run : runs) {
				int exitCode = run.waitFor();
				if (exitCode != 0) {
					throw new Broken("exit " + exitCode + " (log " + run.outputFile() + ")");
				}
				Matcher matcher = TOO_MANY.matcher(run.output());
				while (matcher.find()) {
					tooMany += Long.parseLong(matcher.group(1));
				}
			}
			double wall = (System.nanoTime() - started) / 1e9;
			double cpu = ProcFs.endedChildrenCpuSeconds() - cpuBefore;
			Simulator.SimStats stats = simulator.stats();
			long expected = 2L * 2 * days;
			if (database.dailyRows() != expected) {
				throw new Broken(database.dailyRows() + " of " + expected + " rows loaded");
			}
			double jobs = database.database()
				.jdbc()
				.sql("SELECT extract(epoch FROM max(end_time) - min(start_time)) FROM rtk_batch.batch_job_execution")
				.query(Double.class)
				.single();
			String line = label + ": jobs " + Report.format(jobs, 1) + " s from the first start to the last end, "
					+ Report.format(stats.windowRequests() / jobs, 2) + " window requests/s over it ("
					+ stats.windowRequests() + " requests); " + Report.format(wall, 1)
					+ " s wall with the JVMs' start; 429s " + stats.tooManyRequestsSent() + " sent (" + tooMany
					+ " met by the runs), CPU of the " + processes + " process(es) " + Report.format(cpu, 1) + " s ("
					+ Report.format(100 * cpu / wall, 0) + "% of one core)";
			bench.print(line);
			bench.report().detail(line + ".");
		}
		catch (Broken ex) {
			bench.report().detail(label + ": BROKEN: " + ex.getMessage());
			bench.report().brokenRow(label, "quota " + QUOTA + "/" + WINDOW_SECONDS + " s", ex.getMessage());
		}
		catch (IOException | InterruptedException ex) {
			bench.report().brokenRow(label, "quota " + QUOTA + "/" + WINDOW_SECONDS + " s", "error: " + ex);
		}
	}

}
