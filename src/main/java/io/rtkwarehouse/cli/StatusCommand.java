package io.rtkwarehouse.cli;

import java.util.Optional;

import io.rtkwarehouse.run.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code status}: the last runs and the windows failed now. */
@Command(name = "status", sortOptions = false,
		description = { "Shows the last runs with their summaries, and the windows that are failed now.", "",
				"Reads the Spring Batch metadata and the warehouse; needs no API token, calls no API and",
				"writes nothing. With no --account and no rtk.account-id it covers every account." },
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:the status was printed",
				"1:the warehouse cannot be read (the reason is printed)", "2:bad usage or configuration" })
class StatusCommand extends CommandBase {

	@Option(names = "--runs", paramLabel = "N", defaultValue = "10",
			description = "how many runs to show (default: 10)")
	int runs;

	@Mixin
	Options.Account account;

	@Override
	public Integer call() {
		if (this.runs < 1) {
			throw usage("--runs=" + this.runs + " is not a positive whole number");
		}
		Optional<String> account = this.account.account(this);
		return readingTheWarehouse(
				(context) -> context.getBean(StatusReport.class).print(account, this.runs, session().out()));
	}

}
