package io.rtkwarehouse.cli;

import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.run.RunLauncher;
import io.rtkwarehouse.run.RunRequest;
import io.rtkwarehouse.window.DayRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code reconcile}: the loaded livestream days against the API's daywise numbers. */
@Command(name = "reconcile", sortOptions = false,
		description = { "Compares the loaded livestream days with the API's daywise numbers.", "",
				"Fetches the livestream daywise endpoint for the range (one request per app and up to 31",
				"days, through the same budget and retries as backfill), keeps its answers in",
				"rtk.livestream_daywise and compares their ingest and viewer seconds with rtk.livestream_daily",
				"day by day; counts are shown, not compared (the daywise count counts sessions). Each day",
				"that differs is printed and listed in the view rtk.livestream_mismatch. Only UTC days can be",
				"compared: with rtk.zone other than UTC it explains why and exits 2. With no --apps and no",
				"rtk.apps it checks every app known to the warehouse. Needs the API token, like backfill.",
				"Without --account or --account-index it covers every configured account." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every compared day agrees (days with an unknown number are listed apart, with a warning)",
				"1:some days differ (each is printed), or a request failed after its retries",
				"2:bad usage or configuration (a zone other than UTC included): nothing was written",
				"3:another run of the same account holds the lock",
				"with several accounts, the worst of theirs: a signal's, then 2, 1, 3, 0" })
class ReconcileCommand extends CommandBase {

	@Mixin
	Options.Range range;

	@Mixin
	Options.Apps apps;

	@Mixin
	Options.Accounts accounts;

	@Override
	public Integer call() {
		DayRange days = this.range.days(this);
		Optional<List<String>> apps = this.apps.apps(this);
		RunRequest request = RunRequest.reconcile(days, apps);
		return forEachAccount(this.accounts.selection(this), true,
				(context, account, out, err) -> context.getBean(RunLauncher.class).run(account, request, out, err));
	}

}
