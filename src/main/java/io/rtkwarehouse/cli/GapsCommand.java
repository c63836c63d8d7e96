package io.rtkwarehouse.cli;

import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.run.AccountRuns;
import io.rtkwarehouse.run.GapsReport;
import io.rtkwarehouse.window.DayRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code gaps}: the windows of a range that are missing or failed. */
@Command(name = "gaps", sortOptions = false,
		description = { "Prints the windows in a date range that are missing or failed.", "",
				"Reads the warehouse only. 'backfill --missing-only' over the same range fetches what it",
				"prints. With no --apps and no rtk.apps it checks every app known to the warehouse; with no",
				"--account, every configured account, else every account in the warehouse. Needs no API token." },
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
	Options.Accounts account;

	@Override
	public Integer call() {
		DayRange days = this.range.days(this);
		Optional<List<String>> apps = this.apps.apps(this);
		AccountRuns.Selection selection = this.account.selection(this);
		return readingTheWarehouse((context) -> context.getBean(GapsReport.class)
			.print(days, apps, oneAccount(selection, context), session().out()));
	}

	/**
	 * The account of {@code --account} or {@code --account-index}, if either is given.
	 */
	private static Optional<String> oneAccount(AccountRuns.Selection selection,
			ConfigurableApplicationContext context) {
		if (selection.index() == null) {
			return Optional.ofNullable(selection.id());
		}
		return Optional
			.of(context.getBean(ConfiguredAccounts.class).select(null, selection.index()).get(0).accountId());
	}

}
