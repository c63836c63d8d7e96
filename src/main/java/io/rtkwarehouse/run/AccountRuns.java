package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.RealtimeKit;
import io.rtkwarehouse.source.SourceStats;
import io.rtkwarehouse.warehouse.RunLock;

import org.springframework.stereotype.Component;

/**
 * Runs a command once per account it covers ({@link Selection}): every configured
 * account, or the one of {@code --account} or {@code --account-index}. Each account runs
 * as the command runs for one account (its own job instance, under its own lock), one
 * after another; what fails one (a refused token, an outage, its lock) does not stop the
 * next. The exit code is the worst of them ({@link #worst}); with several accounts, a
 * line per account ends the output, with the API requests of its run alone, and their
 * total. A signal stops the account that runs and the rest.
 */
@Component
public class AccountRuns {

	private final WarehouseGuard guard;

	private final ConfiguredAccounts accounts;

	private final RealtimeKit source;

	private final RunStopper stopper;

	private final RunLock runLock;

	private final Differed differed;

	AccountRuns(WarehouseGuard guard, RealtimeKit source, RunStopper stopper, RunLock runLock, Differed differed) {
		this.runLock = runLock;
		this.differed = differed;
		this.guard = guard;
		this.accounts = guard.configured();
		this.source = source;
		this.stopper = stopper;
	}

	/**
	 * Runs {@code run} for each account of {@code selection}, once the configuration of
	 * every account is checked (a problem in any is exit 2 before anything is written).
	 * The accounts of one token run one after another; those of different tokens side by
	 * side, each token's in its own thread, their lines after their account's id.
	 * @param needsApi whether the command talks to the API
	 * @param failure prints what ended an account's run and returns its exit code
	 */
	public int run(Selection selection, boolean needsApi, PrintStream out, PrintStream err, AccountRun run,
			Failure failure) throws InterruptedException {
		this.guard.checkConfiguration(needsApi, true);
		List<RtkProperties> selected = this.accounts.select(selection.id(), selection.index());
		List<List<RtkProperties>> tokens = ConfiguredAccounts.byCredential(selected);
		Map<RtkProperties, Line> lines = new ConcurrentHashMap<>();
		int worst;
		if (tokens.size() == 1) {
			worst = inTurn(tokens.get(0), selected.size(), out, err, run, failure, lines);
		}
		else {
			out.println(selected.size() + " accounts, " + tokens.size()
					+ " tokens: the accounts of each token in turn, the tokens side by side");
			worst = sideBySide(tokens, out, err, run, failure, lines);
		}
		if (selected.size() > 1) {
			out.println(selected.size() + " accounts, exit " + worst + " (the worst of theirs):");
			selected.forEach((account) -> out.println("  " + lines.get(account).text(needsApi)));
			if (needsApi) {
				out.println("  total of the " + selected.size() + " accounts: "
						+ selected.stream()
							.map((account) -> lines.get(account).requests())
							.filter(Objects::nonNull)
							.reduce(Requests.NONE, Requests::plus));
			}
		}
		return worst;
	}

	private int sideBySide(List<List<RtkProperties>> tokens, PrintStream out, PrintStream err, AccountRun run,
			Failure failure, Map<RtkProperties, Line> lines) throws InterruptedException {
		// Beyond what the connection pool serves at once, a token's accounts wait for a
		// thread.
		ExecutorService threads = Executors.newFixedThreadPool(Math.min(tokens.size(), this.runLock.runsAtOnce()));
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (List<RtkProperties> token : tokens) {
				runs.add(threads.submit(() -> inTurn(token, 0, out, err, run, failure, lines)));
			}
			int worst = ExitCodes.OK;
			for (Future<Integer> each : runs) {
				try {
					worst = worst(worst, each.get());
				}
				catch (ExecutionException ex) {
					throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
							: new IllegalStateException(ex.getCause());
				}
			}
			return worst;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * The accounts of one token, one after another, in this thread.
	 * @param numbered how many accounts run in all when this thread runs them all and
	 * says which comes; 0 when they run beside others, their lines after their id
	 */
	private int inTurn(List<RtkProperties> accounts, int numbered, PrintStream out, PrintStream err, AccountRun run,
			Failure failure, Map<RtkProperties, Line> lines) throws InterruptedException {
		int worst = ExitCodes.OK;
		for (int i = 0; i < accounts.size(); i++) {
			RtkProperties account = accounts.get(i);
			if (this.stopper.stoppedWith().isPresent()) {
				lines.put(account,
						new Line("account " + account.accountId() + ": not run (stopped by a signal)", null));
				continue;
			}
			if (numbered > 1) {
				out.println("account " + account.accountId() + " (" + (i + 1) + " of " + numbered + "):");
			}
			PrintStream accountOut = (numbered == 0) ? AccountOutput.of(out, account.accountId()) : out;
			PrintStream accountErr = (numbered == 0) ? AccountOutput.of(err, account.accountId()) : err;
			this.source.stats(account).reset();
			int exitCode;
			try {
				exitCode = run.run(account, accountOut, accountErr);
			}
			catch (RuntimeException ex) {
				exitCode = failure.report(ex, accountErr);
			}
			finally {
				if (numbered == 0) {
					// The last line, if it has no line break yet; the session's streams
					// stay
					// open.
					accountOut.close();
					accountErr.close();
				}
			}
			String meaning = this.differed.take(account.accountId()) ? "some days differ" : meaning(exitCode);
			// Read before the token's next account starts its count.
			SourceStats stats = this.source.stats(account);
			lines.put(account, new Line("account " + account.accountId() + ": exit " + exitCode + " (" + meaning + ")",
					new Requests(stats.requests(), stats.retries(), stats.tooManyRequests())));
			worst = worst(worst, exitCode);
		}
		return worst;
	}

	/**
	 * The exit code of several accounts' runs: a signal's (every account stopped), then
	 * bad configuration (2: it will not mend by itself), then a failed run (1: run it
	 * again), then a held lock (3: another run is loading that account), then success.
	 */
	public static int worst(int one, int other) {
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

	/** An account's line at the end, and the API requests of its run (null: not run). */
	private record Line(String text, Requests requests) {

		String text(boolean withRequests) {
			return (withRequests && this.requests != null) ? this.text + "; " + this.requests : this.text;
		}

	}

	/** API requests, retries and 429s of one account's run, or of several. */
	record Requests(long requests, long retries, long tooManyRequests) {

		static final Requests NONE = new Requests(0, 0, 0);

		Requests plus(Requests other) {
			return new Requests(this.requests + other.requests, this.retries + other.retries,
					this.tooManyRequests + other.tooManyRequests);
		}

		@Override
		public String toString() {
			return "API requests: " + this.requests + ", retries: " + this.retries + ", 429s: " + this.tooManyRequests;
		}

	}

	/** Which accounts a command covers: one by id, one by index, or (both null) all. */
	public record Selection(String id, Integer index) {

		public static Selection every() {
			return new Selection(null, null);
		}

	}

	/**
	 * What a command does for one account (whose settings are current meanwhile),
	 * printing to {@code out} and {@code err}.
	 */
	public interface AccountRun {

		int run(RtkProperties account, PrintStream out, PrintStream err) throws InterruptedException;

	}

	/** Prints what ended an account's run to {@code err}, and returns its exit code. */
	public interface Failure {

		int report(RuntimeException ex, PrintStream err);

	}

}
