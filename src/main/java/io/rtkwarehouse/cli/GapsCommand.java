package io.rtkwarehouse.cli;

import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.run.GapsReport;
import io.rtkwarehouse.window.DayRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gaps}: the windows of a range that are missing or failed. */
@Command(name = "gaps", sortOptions = false,
		description = { "Prints the windows in a date range that are missing or failed.", "",
				"Reads the warehouse only. 'backfill --missing-only' over the same range fetches what it",
				"prints. With no --apps and no rtk.apps it checks every app known to the warehouse; with no",
				"--account and no rtk.account-id, every account. Needs no API token." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no window of the range is missing or failed",
				"1:some are (or nothing is loaded yet, or the warehouse cannot be read)",
				"2:bad usage or configuration" })
class GapsCommand extends CommandBase {

	@Mixin
	Options.Range range;

	@Mixin
	Options.Apps apps;

	@Mixin
	Options.Account account;

	@Override
	public Integer call() {
		DayRange days = this.range.days(this);
		Optional<List<String>> apps = this.apps.apps(this);
		Optional<String> account = this.account.account(this);
		return readingTheWarehouse(
				(context) -> context.getBean(GapsReport.class).print(days, apps, account, session().out()));
	}

}
