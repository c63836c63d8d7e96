package io.rtkwarehouse.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Parsing the command line, before Spring starts. */
class CommandLineTests {

	@Test
	void parsesABackfill() {
		BackfillCommand backfill = (BackfillCommand) Cli.parse("backfill", "--from=2025-01-01", "--to=2025-01-10",
				"--apps=a, b,a");

		assertThat(backfill.range.from).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(backfill.range.to).isEqualTo(LocalDate.of(2025, 1, 10));
		assertThat(backfill.apps.apps(backfill)).contains(List.of("a", "b"));
	}

	@Test
	void acceptsAValueAfterASpaceAsWellAsAfterAnEqualsSign() {
		BackfillCommand backfill = (BackfillCommand) Cli.parse("backfill", "--from", "2025-01-01", "--to=2025-01-10",
				"--apps", "a,b");

		assertThat(backfill.range.from).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(backfill.apps.apps(backfill)).contains(List.of("a", "b"));
	}

	@Test
	void passesDottedOptionsToSpring() {
		NightlyCommand nightly = (NightlyCommand) Cli.parse("nightly", "--rtk.zone=Europe/Berlin", "--date=2025-03-01");

		assertThat(nightly.date).isEqualTo(LocalDate.of(2025, 3, 1));
	}

	@Test
	void helpNeedsNoOtherOption() {
		Run help = run("backfill", "--help");

		assertThat(help.exitCode).isZero();
		assertThat(help.out).contains("--from=YYYY-MM-DD").contains("Exit codes:");
	}

	@Test
	void aReportIsWrittenToRtkReportHtmlUnlessOutSaysOtherwise() {
		ReportCommand report = (ReportCommand) Cli.parse("report", "--from=2025-01-01", "--to=2025-01-31");
		Run help = run("report", "--help");

		assertThat(report.out).isEqualTo(Path.of("rtk-report.html"));
		assertThat(help.exitCode).isZero();
		assertThat(help.out).contains("--out=FILE").contains("self-contained HTML file").contains("Exit codes:");
	}

	@Test
	void versionComesFromTheBuild() {
		Run version = run("--version");

		assertThat(version.exitCode).isZero();
		assertThat(version.out).startsWith("rtk-warehouse ").contains("Java ");
	}

	@Test
	void refusesAnUnknownCommandAndSuggestsTheNearestOne() {
		Run run = assertUsage("unknown command 'backfil'", "backfil");

		assertThat(run.err).contains("Did you mean").contains("backfill");
	}

	@Test
	void refusesAnUnknownOption() {
		assertUsage("unknown option --form for backfill", "backfill", "--form=2025-01-01", "--to=2025-01-02");
	}

	@Test
	void refusesAMissingFrom() {
		assertUsage("--from=YYYY-MM-DD is required", "backfill", "--to=2025-01-02");
	}

	@Test
	void refusesAnUnparsableDate() {
		assertUsage("--from=2025-13-01 is not a date of the form YYYY-MM-DD", "backfill", "--from=2025-13-01",
				"--to=2025-12-31");
	}

	@Test
	void refusesReversedDates() {
		assertUsage("--from=2025-02-01 is after --to=2025-01-01", "backfill", "--from=2025-02-01", "--to=2025-01-01");
	}

	@Test
	void refusesAnOptionWithoutItsValue() {
		assertUsage("option --date needs a value: --date=YYYY-MM-DD", "nightly", "--date");
	}

	@Test
	void refusesAnOptionGivenTwice() {
		assertUsage("option --date is given twice", "nightly", "--date=2025-01-01", "--date=2025-01-02");
	}

	@Test
	void refusesAnEmptyAppList() {
		assertUsage("--apps is empty: give app ids separated by commas", "nightly", "--apps=,");
	}

	@Test
	void refusesAPositionalArgument() {
		assertUsage("unexpected argument '2025-01-01': options look like --name=value", "nightly", "2025-01-01");
	}

	@Test
	void refusesMissingOnlyWithRefetch() {
		assertUsage("--missing-only and --refetch exclude each other", "backfill", "--from=2025-01-01",
				"--to=2025-01-02", "--missing-only", "--refetch");
	}

	@Test
	void refusesANonPositiveRunCount() {
		assertUsage("--runs=0 is not a positive whole number", "status", "--runs=0");
	}

	@Test
	void refusesBothAccountOptionsANegativeIndexAndAnIndexThatIsNoNumber() {
		assertUsage("--account and --account-index each pick one account: give one of them", "nightly",
				"--account=0123abcd", "--account-index=0");
		assertUsage("--account-index=-1 is not an index: it counts from 0", "backfill", "--from=2025-01-01",
				"--to=2025-01-02", "--account-index=-1");
		assertThat(run("gaps", "--from=2025-01-01", "--to=2025-01-02", "--account-index=x").exitCode).isEqualTo(2);
	}

	private static Run assertUsage(String message, String... args) {
		Run run = run(args);
		assertThat(run.exitCode).as(run.err).isEqualTo(2);
		assertThat(run.err).startsWith("error: " + message + System.lineSeparator());
		return run;
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = Cli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), args);
		return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Run(int exitCode, String out, String err) {
	}

}
