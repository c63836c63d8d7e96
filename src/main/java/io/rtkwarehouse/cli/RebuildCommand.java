package io.rtkwarehouse.cli;

import io.rtkwarehouse.run.RunLauncher;
import io.rtkwarehouse.run.RunRequest;
import io.rtkwarehouse.window.DayRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rebuild}: the daily rows of a range, from the raw answers. */
@Command(name = "rebuild", sortOptions = false, description = {
		"Rebuilds the daily rows of a date range from the raw answers.", "",
		"Every answer of the API is kept in rtk.livestream_fetch; this recomputes",
		"rtk.livestream_daily from the latest loaded answer of each window (and the answers",
		"before it for first_loaded_at, last_changed_at and changes_after_final). When rtk.datasets",
		"has usage, rtk.session_daily and rtk.recording_daily are rebuilt from rtk.usage_fetch too.", "Calls no API." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the rows were rebuilt", "1:the rebuild failed (the reason is printed)",
				"2:bad usage or configuration: nothing was written", "3:another run of the same account holds the lock",
				"with several accounts, the worst of theirs: a signal's, then 2, 1, 3, 0" })
class RebuildCommand extends CommandBase {

	@Mixin
	Options.Range range;

	@Mixin
	Options.Accounts accounts;

	@Override
	public Integer call() {
		DayRange days = this.range.days(this);
		RunRequest request = RunRequest.rebuild(days);
		return forEachAccount(this.accounts.selection(this), false,
				(context, account, out, err) -> context.getBean(RunLauncher.class).run(account, request, out, err));
	}

}
