package io.rtkwarehouse.job;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The commands of the jar, with their options. */
enum Command {

	DEMO("demo", "Loads 3 apps x 30 days from a local simulator of the API, then shows them: no account needed.", false,
			List.of(), """
					Starts a simulator of the Cloudflare API on a free loopback port and runs a real backfill
					of the last 30 days against it, as a demo account, into the configured database (by
					default PostgreSQL on localhost:5432; where none is reachable, a throwaway PostgreSQL in
					Docker through Testcontainers). Then prints what it loaded, one query from docs/sql.md,
					and how to load your real account."""),

	BACKFILL("backfill", "Loads every window of every app in an inclusive date range.", true,
			List.of(Option.value("from", "YYYY-MM-DD", "first day to load (required)", null),
					Option.value("to", "YYYY-MM-DD", "last day to load, inclusive (required)", null),
					Option.value("apps", "id,id", "apps to load", "rtk.apps, else every app of the account"),
					Option.flag("missing-only", "fetch only windows that are missing or failed"),
					Option.flag("refetch", "fetch final windows again too"),
					Option.flag("dry-run", "print what would be fetched, how many calls and how long; write nothing")),
			"""
					Running the same command again after a failure or a crash resumes where it stopped and
					does not fetch again what it already committed. Final windows (ended more than
					rtk.lookback-days ago) that are loaded are skipped unless --refetch is given. Days that
					have not ended yet in rtk.zone are never fetched: a range that reaches into them is cut
					at yesterday."""),

	NIGHTLY("nightly", "Loads yesterday and re-reads the rtk.lookback-days days before it.", true,
			List.of(Option.value("date", "YYYY-MM-DD", "the run's date: loads the days before it", "today in rtk.zone"),
					Option.value("apps", "id,id", "apps to load", "rtk.apps, else every app of the account")),
			"""
					Windows of earlier days whose last fetch failed are fetched again too. Running it twice
					for the same date is allowed and safe: rows are upserts."""),

	GAPS("gaps", "Prints the windows in a date range that are missing or failed.", false,
			List.of(Option.value("from", "YYYY-MM-DD", "first day (required)", null),
					Option.value("to", "YYYY-MM-DD", "last day, inclusive (required)", null),
					Option.value("apps", "id,id", "apps to check", "rtk.apps, else every app known to the warehouse")),
			"""
					Reads the warehouse only. 'backfill --missing-only' over the same range fetches what it
					prints."""),

	STATUS("status", "Shows the last runs with their summaries, and the windows that are failed now.", false,
			List.of(Option.value("runs", "N", "how many runs to show", "10")), """
					Reads the Spring Batch metadata and the ledger; calls no API and writes nothing."""),

	REBUILD("rebuild", "Rebuilds the daily rows of a date range from the raw answers.", false,
			List.of(Option.value("from", "YYYY-MM-DD", "first day (required)", null),
					Option.value("to", "YYYY-MM-DD", "last day, inclusive (required)", null)),
			"""
					Every answer of the API is kept in rtk.livestream_fetch; this recomputes
					rtk.livestream_daily from the latest loaded answer of each window (and the answers
					before it for first_loaded_at, last_changed_at and changes_after_final). Calls no API.""");

	private final String commandName;

	private final String summary;

	private final boolean needsApi;

	private final List<Option> options;

	private final String details;

	Command(String commandName, String summary, boolean needsApi, List<Option> options, String details) {
		this.commandName = commandName;
		this.summary = summary;
		this.needsApi = needsApi;
		this.options = options;
		this.details = details;
	}

	String commandName() {
		return this.commandName;
	}

	String summary() {
		return this.summary;
	}

	boolean needsApi() {
		return this.needsApi;
	}

	Optional<Option> option(String name) {
		return this.options.stream().filter((option) -> option.name().equals(name)).findFirst();
	}

	static Optional<Command> named(String name) {
		for (Command command : values()) {
			if (command.commandName.equals(name)) {
				return Optional.of(command);
			}
		}
		return Optional.empty();
	}

	String help() {
		String optionLines = this.options.stream()
			.map((option) -> String.format("  %-26s %s%s",
					"--" + option.name() + (option.flag() ? "" : "=" + option.valueHint()), option.description(),
					(option.defaultValue() != null) ? " (default: " + option.defaultValue() + ")" : ""))
			.collect(Collectors.joining("\n"));
		return """
				Usage: java -jar rtk-warehouse.jar %s [options] [--property=value ...]

				%s

				Options:
				%s
				  --help                     show this help

				%s

				Any --name=value whose name contains a dot sets a Spring Boot property for this run
				(for example --rtk.zone=Europe/Berlin or --spring.datasource.url=jdbc:postgresql://...).

				%s
				""".formatted(this.commandName, this.summary, optionLines, this.details, Cli.EXIT_CODES);
	}

	/** A command-line option of one command. */
	record Option(String name, String valueHint, String description, String defaultValue, boolean flag) {

		static Option value(String name, String valueHint, String description, String defaultValue) {
			return new Option(name, valueHint, description, defaultValue, false);
		}

		static Option flag(String name, String description) {
			return new Option(name, null, description, null, true);
		}

	}

}
