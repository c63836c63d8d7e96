package io.rtkwarehouse.cli;

import java.time.LocalDate;

import io.rtkwarehouse.run.RunLauncher;
import io.rtkwarehouse.run.RunRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nightly}: yesterday and the lookback days before it. */
@Command(name = "nightly", sortOptions = false,
		description = { "Loads yesterday and re-reads the rtk.lookback-days days before it.", "",
				"Windows of earlier days whose last fetch failed are fetched again too. Running it twice",
				"for the same date is allowed and safe: rows are upserts." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every window was loaded",
				"1:the run failed (the failed windows and the reason are printed)",
				"2:bad usage or configuration: nothing was written", "3:another run of the same account holds the lock",
				"with several accounts, the worst of theirs: a signal's, then 2, 1, 3, 0" })
class NightlyCommand extends CommandBase {

	@Option(names = "--date", paramLabel = Options.DATE, converter = Options.Day.class,
			description = "the run's date: loads the days before it (default: today in rtk.zone)")
	LocalDate date;

	@Mixin
	Options.Apps apps;

	@Mixin
	Options.Accounts accounts;

	@Override
	public Integer call() {
		if (this.date != null) {
			Options.bounded(this, "--date", this.date, Options.FIRST_DAY.plusDays(1));
		}
		RunRequest request = RunRequest.nightly(this.date, this.apps.apps(this));
		return forEachAccount(this.accounts.selection(this), true,
				(context, account, out, err) -> context.getBean(RunLauncher.class).run(account, request, out, err));
	}

}
