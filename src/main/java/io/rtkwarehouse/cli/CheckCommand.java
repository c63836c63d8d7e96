package io.rtkwarehouse.cli;

import io.rtkwarehouse.run.ApiCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code check}: what the API shows for each account, before anything is loaded. */
@Command(name = "check", sortOptions = false,
		description = { "Checks each account against the API before anything is loaded, with a few requests.", "",
				"Reports the token, the apps listing, the quota policy the headers announce, and which",
				"time format (rtk.time-format) the API honours: one app is asked in each format for a day",
				"before it existed, which must answer zeros, and for yesterday. A format that is refused,",
				"or whose empty day answers numbers (the range was ignored), is named as such. Ends with a",
				"verdict and the settings to use. Reads nothing from the warehouse and writes nothing: it",
				"needs no database. Without --account or --account-index it covers every configured account." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every account is good to load", "1:a problem the API shows (printed with the verdict)",
				"2:bad usage or configuration", "with several accounts, the worst of theirs" })
class CheckCommand extends CommandBase {

	@Mixin
	Options.Accounts accounts;

	@Override
	public Integer call() {
		var selection = this.accounts.selection(this);
		return withoutTheWarehouse((context) -> context.getBean(ApiCheck.class)
			.checkAll(selection, session().out(), session().err(), SpringRun::report));
	}

}
