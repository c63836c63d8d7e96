package io.rtkwarehouse.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.report.HealthReport;
import io.rtkwarehouse.run.ExitCodes;
import io.rtkwarehouse.window.DayRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report}: the warehouse's health over a range as one self-contained HTML file.
 */
@Command(name = "report", sortOptions = false,
		description = { "Writes the warehouse over a date range as one self-contained HTML file.", "",
				"It shows a coverage calendar (per app and day: loaded, zero, open, failed, missing, and past",
				"the source's retention protected or retention-zero), the daily viewer hours and livestreams",
				"with their monthly sums, the last runs, and the session minutes per month where the usage",
				"dataset is loaded. The file loads nothing from any network: mail it, attach it, publish it.", "",
				"Reads the warehouse only; needs no API token. With no --apps and no rtk.apps it shows every app",
				"known to the warehouse; with no --account and no rtk.account-id, every account." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the report was written",
				"1:the warehouse cannot be read (nothing loaded yet, the database went away); nothing written",
				"2:bad usage or configuration (dates, --out cannot be written); nothing written" })
class ReportCommand extends CommandBase {

	@Mixin
	Options.Range range;

	@Mixin
	Options.Apps apps;

	@Mixin
	Options.Account account;

	@Option(names = "--out", paramLabel = "FILE", defaultValue = "rtk-report.html",
			description = "the HTML file to write, replaced if it exists (default: rtk-report.html)")
	Path out;

	@Override
	public Integer call() {
		DayRange days = this.range.days(this);
		Optional<List<String>> apps = this.apps.apps(this);
		Optional<String> account = this.account.account(this);
		Path file = writable(this.out);
		return readingTheWarehouse((context) -> {
			try {
				return context.getBean(HealthReport.class).write(days, apps, account, file, session().out());
			}
			catch (UncheckedIOException ex) {
				// A directory that says it may be written to and is not (a read-only
				// mount,
				// or /proc for root, whom permissions do not stop): bad usage all the
				// same.
				session().err()
					.println("error: --out=" + this.out + " cannot be written: " + why(ex.getCause())
							+ "; nothing written");
				return ExitCodes.USAGE;
			}
		});
	}

	private static String why(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof NoSuchFileException) {
			return "no file can be created in its directory";
		}
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return (ex.getMessage() != null) ? ex.getMessage() : "the file system refused it";
	}

	/** The file, when it can be written: its directory exists and may be written to. */
	private Path writable(Path file) {
		Path target = file.toAbsolutePath();
		Path directory = target.getParent();
		if (Files.isDirectory(target)) {
			throw usage("--out=" + file + " is a directory: give a file name");
		}
		if (directory == null || !Files.isDirectory(directory)) {
			throw usage("--out=" + file + " cannot be written: the directory " + directory + " does not exist");
		}
		if (!Files.isWritable(directory) || (Files.exists(target) && !Files.isWritable(target))) {
			throw usage("--out=" + file + " cannot be written: no permission to write in " + directory);
		}
		return target;
	}

}
