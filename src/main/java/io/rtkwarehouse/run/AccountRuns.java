package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.LivestreamSource;

import org.springframework.stereotype.Component;

/**
 * Runs a command once per account it covers ({@link Selection}): every configured
 * account, or the one of {@code --account} or {@code --account-index}. Each account runs
 * as the command runs for one account (its own job instance, under its own lock), one
 * after another; what fails one (a refused token, an outage, its lock) does not stop the
 * next. The exit code is the worst of them ({@link #worst}); with several accounts, a
 * line per account ends the output. A signal stops the account that runs and the rest.
 */
@Component
public class AccountRuns {

	private final WarehouseGuard guard;

	private final ConfiguredAccounts accounts;

	private final LivestreamSource source;

	private final RunStopper stopper;

	AccountRuns(WarehouseGuard guard, LivestreamSource source, RunStopper stopper) {
		this.guard = guard;
		this.accounts = guard.configured();
		this.source = source;
		this.stopper = stopper;
	}

	/**
	 * Runs {@code run} for each account of {@code selection}, once the configuration of
	 * every account is checked (a problem in any is exit 2 before anything is written).
	 * @param needsApi whether the command talks to the API
	 * @param failure prints what ended an account's run and returns its exit code
	 */
	public int run(Selection selection, boolean needsApi, PrintStream out, AccountRun run,
			ToIntFunction<RuntimeException> failure) throws InterruptedException {
		this.guard.checkConfiguration(needsApi, true);
		List<RtkProperties> selected = this.accounts.select(selection.id(), selection.index());
		List<String> lines = new ArrayList<>();
		int worst = ExitCodes.OK;
		for (int i = 0; i < selected.size(); i++) {
			RtkProperties account = selected.get(i);
			if (this.stopper.stoppedWith().isPresent()) {
				lines.add("account " + account.accountId() + ": not run (stopped by a signal)");
				continue;
			}
			if (selected.size() > 1) {
				out.println("account " + account.accountId() + " (" + (i + 1) + " of " + selected.size() + "):");
			}
			this.accounts.use(account);
			this.source.stats().reset();
			int exitCode;
			try {
				exitCode = run.run(account);
			}
			catch (RuntimeException ex) {
				exitCode = failure.applyAsInt(ex);
			}
			lines.add("account " + account.accountId() + ": exit " + exitCode + " (" + meaning(exitCode) + ")");
			worst = worst(worst, exitCode);
		}
		if (selected.size() > 1) {
			out.println(selected.size() + " accounts, exit " + worst + " (the worst of theirs):");
			lines.forEach((line) -> out.println("  " + line));
		}
		return worst;
	}

	/**
	 * The exit code of several accounts' runs: a signal's (every account stopped), then
	 * bad configuration (2: it will not mend by itself), then a failed run (1: run it
	 * again), then a held lock (3: another run is loading that account), then success.
	 */
	static int worst(int one, int other) {
		return (rank(other) > rank(one)) ? other : one;
	}

	private static int rank(int exitCode) {
		return switch (exitCode) {
			case ExitCodes.OK -> 0;
			case ExitCodes.LOCKED -> 1;
			case ExitCodes.FAILED -> 2;
			case ExitCodes.USAGE -> 3;
			default -> 4;
		};
	}

	private static String meaning(int exitCode) {
		return switch (exitCode) {
			case ExitCodes.OK -> "done";
			case ExitCodes.FAILED -> "failed";
			case ExitCodes.USAGE -> "bad usage or configuration";
			case ExitCodes.LOCKED -> "another run holds its lock";
			default -> "stopped by a signal";
		};
	}

	/** Which accounts a command covers: one by id, one by index, or (both null) all. */
	public record Selection(String id, Integer index) {

		public static Selection every() {
			return new Selection(null, null);
		}

	}

	/** What a command does for one account (whose settings are current meanwhile). */
	public interface AccountRun {

		int run(RtkProperties account) throws InterruptedException;

	}

}
