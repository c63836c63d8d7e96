package io.rtkwarehouse.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.config.Ids;
import io.rtkwarehouse.run.AccountRuns;
import io.rtkwarehouse.window.DayRange;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** Options that several commands share, as picocli mixins. */
final class Options {

	static final String DATE = "YYYY-MM-DD";

	/** No RealtimeKit data is older: the product did not exist before. */
	static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

	/** How far past today a date may lie: a range reaching further is a mistake. */
	static final int DAYS_AHEAD = 366;

	private Options() {
	}

	/** {@code --from} and {@code --to}, both required, as an inclusive day range. */
	static final class Range {

		@Option(names = "--from", required = true, paramLabel = DATE, converter = Day.class,
				description = "first day, inclusive (required)")
		LocalDate from;

		@Option(names = "--to", required = true, paramLabel = DATE, converter = Day.class,
				description = "last day, inclusive (required)")
		LocalDate to;

		DayRange days(CommandBase command) {
			if (this.from.isAfter(this.to)) {
				throw command.usage("--from=" + this.from + " is after --to=" + this.to);
			}
			bounded(command, "--from", this.from, FIRST_DAY);
			bounded(command, "--to", this.to, FIRST_DAY);
			return new DayRange(this.from, this.to);
		}

	}

	/** {@code --apps=id,id}. */
	static final class Apps {

		@Option(names = "--apps", split = ",", paramLabel = "id,id",
				description = "apps, separated by commas (default: rtk.apps, else every app of the account)")
		List<String> apps;

		/**
		 * The apps given, trimmed and without repeats, or empty when the option is
		 * absent.
		 */
		Optional<List<String>> apps(CommandBase command) {
			if (this.apps == null) {
				return Optional.empty();
			}
			List<String> ids = this.apps.stream().map(String::trim).filter((id) -> !id.isEmpty()).distinct().toList();
			if (ids.isEmpty()) {
				throw command.usage("--apps is empty: give app ids separated by commas");
			}
			for (String id : ids) {
				String problem = Ids.appProblem(id);
				if (problem != null) {
					throw command.usage("--apps: " + problem);
				}
			}
			return Optional.of(ids);
		}

	}

	/** {@code --account=ID}: one account of the warehouse. */
	static final class Account {

		@Option(names = "--account", paramLabel = "ID",
				description = "one account (default: rtk.account-id, else every account in the warehouse)")
		String account;

		Optional<String> account(CommandBase command) {
			if (this.account != null && !Ids.isAccount(this.account)) {
				throw command.usage("--account is not a Cloudflare account id (1 to 32 letters and digits)");
			}
			return Optional.ofNullable(this.account);
		}

	}

	/**
	 * {@code --account=ID} or {@code --account-index=N}: one of the configured accounts,
	 * by id or by its place in the configuration (for a Kubernetes Indexed Job).
	 */
	static final class Accounts {

		@Option(names = "--account", paramLabel = "ID",
				description = "one configured account (default: every configured account)")
		String account;

		@Option(names = "--account-index", paramLabel = "N",
				description = "one configured account by its place, 0-based, in configuration order"
						+ " (--account-index=$(JOB_COMPLETION_INDEX) in a Kubernetes Indexed Job)")
		Integer index;

		AccountRuns.Selection selection(CommandBase command) {
			if (this.account != null && this.index != null) {
				throw command.usage("--account and --account-index each pick one account: give one of them");
			}
			if (this.account != null && !Ids.isAccount(this.account)) {
				throw command.usage("--account is not a Cloudflare account id (1 to 32 letters and digits)");
			}
			if (this.index != null && this.index < 0) {
				throw command.usage("--account-index=" + this.index + " is not an index: it counts from 0");
			}
			return new AccountRuns.Selection(this.account, this.index);
		}

	}

	/** A day as {@code YYYY-MM-DD}. */
	static final class Day implements ITypeConverter<LocalDate> {

		@Override
		public LocalDate convert(String value) {
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw new TypeConversionException("not a date of the form " + DATE);
			}
		}

	}

	/**
	 * Refuses a day no warehouse can hold, before anything reads or plans a day of it:
	 * before {@code first}, or more than {@link #DAYS_AHEAD} days after today (the days
	 * in between that have not ended are cut where the command cuts them).
	 */
	static void bounded(CommandBase command, String option, LocalDate day, LocalDate first) {
		if (day.isBefore(first)) {
			throw command.usage(option + "=" + day + " is before " + first + ": RealtimeKit has no data that old");
		}
		LocalDate last = LocalDate.now(ZoneOffset.UTC).plusDays(DAYS_AHEAD);
		if (day.isAfter(last)) {
			throw command.usage(option + "=" + day + " is more than a year ahead (after " + last
					+ "): no day after yesterday has data yet");
		}
	}

	/** The message of a bad value: names the option, the value and what it must be. */
	static String badValue(ParameterException ex) {
		String option = (ex.getArgSpec() instanceof picocli.CommandLine.Model.OptionSpec spec) ? spec.longestName()
				: String.valueOf(ex.getArgSpec());
		String cause = (ex.getCause() != null) ? ex.getCause().getMessage() : ex.getMessage();
		return option + "=" + ex.getValue() + " is " + cause;
	}

}
