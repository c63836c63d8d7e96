package io.rtkwarehouse.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.Outcome;
import io.rtkwarehouse.warehouse.LoadRun;
import io.rtkwarehouse.warehouse.Written;
import io.rtkwarehouse.window.DayRange;
import io.rtkwarehouse.window.DaySpan;

/**
 * One dataset of RealtimeKit's analytics, everything it is in one place: how its days are
 * planned and asked for, how an answer is read, its rows, raw answers and ledger entries,
 * finality, pruning and rebuild, and its words. The jobs, the dry run, {@code gaps},
 * {@code status} and the report iterate over the configured datasets ({@link Datasets});
 * nothing outside a dataset's own package names it.
 *
 * @param <T> what one answer says of the days it covers
 */
public interface Dataset<T> {

	/** Its name in {@code rtk.datasets}, the ledger, the job parameters and messages. */
	String id();

	/** How its days are planned and asked for. */
	Planning planning();

	/**
	 * Names of its steps in the Spring Batch metadata. They never change: a restart of an
	 * execution of an earlier release finds its steps by these names.
	 */
	Steps steps();

	/**
	 * The requests that ask for these days of the app, in order: runs of consecutive days
	 * of at most {@link Planning#maxDays()}.
	 */
	default List<Request> requests(String accountId, String appId, Collection<LocalDate> days, ZoneId zone) {
		return DaySpan.cut(appId, days, planning().maxDays())
			.stream()
			.map((span) -> new Request(accountId, appId, span.days(), zone))
			.toList();
	}

	/**
	 * Asks the API for the request's days, with the retries and the rate budget of the
	 * account's token. A request that still fails comes back as a failed result; only a
	 * refused token is thrown.
	 */
	Fetched<T> fetch(RtkProperties account, Request request);

	/**
	 * {@link #fetch(RtkProperties, Request)} in a job execution: a dataset that checks
	 * itself per run (zero spans sample their days) counts by it.
	 */
	default Fetched<T> fetch(RtkProperties account, Request request, long jobExecutionId) {
		return fetch(account, request);
	}

	/**
	 * What these requests of the app may cost in API calls (without retries), for the dry
	 * run: by default exactly one each.
	 */
	default Cost cost(String accountId, String appId, List<Request> requests) {
		return Cost.exact(requests);
	}

	/**
	 * What a plan may cost in API calls.
	 *
	 * @param days the days it asks for: what one request per day would cost
	 * @param least the fewest calls (every span idle)
	 * @param most the calls when every day of every span is active (a span, then its
	 * days)
	 * @param expected the calls expected, null when nothing tells
	 * @param basis what the expectation rests on, null when it is exact
	 */
	record Cost(long days, long least, long most, Double expected, String basis) {

		/** One call per request, whatever the answers. */
		public static Cost exact(List<Request> requests) {
			return new Cost(days(requests), requests.size(), requests.size(), (double) requests.size(), null);
		}

		/**
		 * Zero spans with nothing to estimate from: one call per request when idle, one
		 * more per day of a span when active.
		 */
		public static Cost ofSpans(List<Request> requests, Double expected, String basis) {
			long spans = requests.stream().filter((request) -> request.days().days() > 1).count();
			long days = days(requests);
			return new Cost(days, requests.size(), days + spans, expected, basis);
		}

		private static long days(List<Request> requests) {
			return requests.stream().mapToLong((request) -> request.days().days()).sum();
		}

	}

	/**
	 * The names of the steps that ask again, after its load step, what the job execution
	 * learned it must (see {@link #asksAgain}); empty for a dataset that never does.
	 */
	default Optional<Steps> askAgainSteps() {
		return Optional.empty();
	}

	/**
	 * Whether the job execution learned that days it or an earlier run loaded must be
	 * asked again (zero spans that a sample contradicted): then its ask-again step runs
	 * for every app of the run.
	 */
	default boolean asksAgain(String accountId, long jobExecutionId) {
		return false;
	}

	/** The requests that ask the app's days again, one day each. */
	default List<Request> askAgain(String accountId, String appId, ZoneId zone) {
		return List.of();
	}

	/**
	 * Writes a chunk of fetched requests in the caller's transaction: the rows of what
	 * loaded, a ledger entry for every day asked for, every answer into the raw history.
	 * @param finalBefore days before this one are final
	 */
	void write(String accountId, List<Fetched<T>> chunk, LoadRun run, LocalDate finalBefore);

	/**
	 * Days of the app in the range whose rows are loaded and final: a backfill skips
	 * them.
	 */
	Set<LocalDate> finalLoadedDays(String accountId, String appId, DayRange range);

	/** Marks the account's rows whose day is before {@code finalBefore} final. */
	int markFinal(String accountId, LocalDate finalBefore);

	/**
	 * Deletes the account's raw answers older than {@code retentionDays}, except those a
	 * rebuild needs.
	 * @return how many were deleted
	 */
	int prune(String accountId, int retentionDays);

	/**
	 * Recomputes the account's rows of the range from the raw answers, in one
	 * transaction.
	 * @return how many rows were written
	 * @throws IllegalStateException when a stored answer no longer reads
	 */
	int rebuild(String accountId, DayRange range, LocalDate finalBefore);

	/**
	 * The days one job execution wrote rows for: how many, how many new, how many
	 * changed.
	 */
	Written written(long jobExecutionId);

	/**
	 * Asks for one app's numbers of {@code [start, end)}, sending the times in the
	 * account's {@code rtk.time-format}, to learn whether the API reads the range: the
	 * value is whether any number came back that is not zero. Empty for a dataset that
	 * cannot be asked for an arbitrary window.
	 */
	default Optional<Outcome<Boolean>> probe(RtkProperties account, String appId, Instant start, Instant end) {
		return Optional.empty();
	}

	/** A comparison of what it loaded with another dataset's rows ({@code reconcile}). */
	default Optional<CrossCheck> crossCheck() {
		return Optional.empty();
	}

	/**
	 * How a dataset's days are asked for.
	 *
	 * @param maxDays the most days one request covers
	 * @param days what its days are
	 * @param zeroSpans whether it asks idle days in zero spans of up to a calendar month
	 * while {@code rtk.spans.enabled} (and splits those that show activity)
	 */
	record Planning(int maxDays, Days days, boolean zeroSpans) {

		public Planning(int maxDays, Days days) {
			this(maxDays, days, false);
		}

	}

	/** What the days of a dataset are. */
	enum Days {

		/** Calendar days of the account's zone ({@code rtk.zone}). */
		ZONE,

		/** UTC days, whatever the account's zone. */
		UTC,

		/** Dates as the API gives them: their zone is not documented. */
		AS_GIVEN;

		/** How {@code gaps} and the run's first line say where the days are. */
		public String describe(ZoneId zone) {
			return switch (this) {
				case ZONE -> "in " + zone;
				case UTC -> "(UTC days)";
				case AS_GIVEN -> "(dates as the API gives them)";
			};
		}

	}

	/**
	 * The names of a dataset's steps: the step that splits a run into apps, the step of
	 * one app, and the prefix of each app's partition.
	 */
	record Steps(String load, String app, String partition) {

	}

}
