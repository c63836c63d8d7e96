package io.rtkwarehouse.cli;

import io.rtkwarehouse.run.RunLauncher;
import io.rtkwarehouse.run.RunRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backfill}: every window of every app in an inclusive date range. */
@Command(name = "backfill", sortOptions = false, description = {
		"Loads every window of every app in an inclusive date range.", "",
		"Running the same command again after a failure or a crash resumes where it stopped and",
		"does not fetch again what it already committed. Final windows (ended more than",
		"rtk.lookback-days ago) that are loaded are skipped unless --refetch is given. Days that",
		"have not ended yet in rtk.zone are never fetched: a range that reaches into them is cut", "at yesterday." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every window was loaded",
				"1:the run failed (the failed windows and the reason are printed)",
				"2:bad usage or configuration: nothing was written", "3:another run of the same account holds the lock",
				"with several accounts, the worst of theirs: a signal's, then 2, 1, 3, 0" })
class BackfillCommand extends CommandBase {

	@Mixin
	Options.Range range;

	@Mixin
	Options.Apps apps;

	@Mixin
	Options.Accounts accounts;

	@ArgGroup(exclusive = true, multiplicity = "0..1")
	Selection selection = new Selection();

	@Option(names = "--dry-run",
			description = "print what would be fetched, how many calls and how long; write nothing")
	boolean dryRun;

	@Override
	public Integer call() {
		RunRequest request = RunRequest.backfill(this.range.days(this), this.apps.apps(this),
				this.selection.missingOnly, this.selection.refetch, this.dryRun);
		return forEachAccount(this.accounts.selection(this), true,
				(context, account, out, err) -> context.getBean(RunLauncher.class).run(account, request, out, err));
	}

	/** Which windows of the range: the default, or one of these. */
	static final class Selection {

		@Option(names = "--missing-only", description = "fetch only windows that are missing or failed")
		boolean missingOnly;

		@Option(names = "--refetch", description = "fetch final windows again too")
		boolean refetch;

	}

}
