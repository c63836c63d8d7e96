package io.rtkwarehouse.cli;

import io.rtkwarehouse.run.GapsReport;
import io.rtkwarehouse.window.DayRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gaps}: the windows of a range that are missing or failed. */
@Command(name = "gaps", sortOptions = false,
		description = { "Prints the windows in a date range that are missing or failed.", "",
				"Reads the warehouse only. 'backfill --missing-only' over the same range fetches what it",
				"prints. With no --apps and no rtk.apps it checks every app known to the warehouse." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the gaps were printed (there may be none)",
				"1:the warehouse cannot be read (the reason is printed)",
				"2:bad usage or configuration: nothing was read" })
class GapsCommand extends CommandBase {

	@Mixin
	Options.Range range;

	@Mixin
	Options.Apps apps;

	@Override
	public Integer call() {
		DayRange days = this.range.days(this);
		return inSpring(
				(context) -> context.getBean(GapsReport.class).print(days, this.apps.apps(this), session().out()));
	}

}
