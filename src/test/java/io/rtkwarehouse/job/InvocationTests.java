package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InvocationTests {

	@Test
	void parsesABackfill() {
		Invocation invocation = Invocation.parse("backfill", "--from=2025-01-01", "--to=2025-01-10", "--apps=a, b,a");

		assertThat(invocation.command()).isEqualTo(Command.BACKFILL);
		assertThat(invocation.date("from")).contains(LocalDate.of(2025, 1, 1));
		assertThat(invocation.date("to")).contains(LocalDate.of(2025, 1, 10));
		assertThat(invocation.apps()).contains(List.of("a", "b"));
	}

	@Test
	void passesDottedOptionsToSpring() {
		Invocation invocation = Invocation.parse("nightly", "--rtk.zone=Europe/Berlin", "--date=2025-03-01");

		assertThat(invocation.springArgs()).containsExactly("--rtk.zone=Europe/Berlin");
		assertThat(invocation.date("date")).contains(LocalDate.of(2025, 3, 1));
	}

	@Test
	void helpNeedsNoOtherOption() {
		assertThat(Invocation.parse("backfill", "--help").help()).isTrue();
	}

	@Test
	void refusesAnUnknownCommand() {
		assertUsage("unknown command 'frobnicate'", "frobnicate");
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

	private static void assertUsage(String message, String... args) {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> Invocation.parse(args)).withMessage(message);
	}

}
