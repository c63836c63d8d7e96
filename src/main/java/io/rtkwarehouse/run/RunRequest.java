package io.rtkwarehouse.run;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.job.LoadJobConfiguration;
import io.rtkwarehouse.job.RebuildJobConfiguration;
import io.rtkwarehouse.job.ReconcileJobConfiguration;
import io.rtkwarehouse.job.RunParameters;
import io.rtkwarehouse.job.RunParameters.Selection;
import io.rtkwarehouse.window.DayRange;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * What the command line asks of a run.
 *
 * @param range the days of a backfill, reconcile or rebuild; {@code null} for a nightly
 * run
 * @param date the date of a nightly run (it loads the days before it); {@code null} for
 * today in the zone
 * @param apps the apps given with {@code --apps}, if any
 */
public record RunRequest(Kind kind, DayRange range, LocalDate date, Optional<List<String>> apps, boolean missingOnly,
		boolean refetch, boolean dryRun) {

	public static RunRequest backfill(DayRange range, Optional<List<String>> apps, boolean missingOnly, boolean refetch,
			boolean dryRun) {
		return new RunRequest(Kind.BACKFILL, range, null, apps, missingOnly, refetch, dryRun);
	}

	public static RunRequest nightly(LocalDate date, Optional<List<String>> apps) {
		return new RunRequest(Kind.NIGHTLY, null, date, apps, false, false, false);
	}

	public static RunRequest reconcile(DayRange range, Optional<List<String>> apps) {
		return new RunRequest(Kind.RECONCILE, range, null, apps, false, false, false);
	}

	public static RunRequest rebuild(DayRange range) {
		return new RunRequest(Kind.REBUILD, range, null, Optional.empty(), false, false, false);
	}

	/** Which windows of its range the run fetches. */
	Selection selection() {
		// A nightly run fetches its whole range: open days, or a missed night's days run
		// again.
		if (this.kind == Kind.NIGHTLY || this.refetch) {
			return Selection.ALL;
		}
		return this.missingOnly ? Selection.MISSING : Selection.OPEN_AND_MISSING;
	}

	/**
	 * The job parameters of the run. A nightly run, a reconcile, a rebuild, or a
	 * selection with nothing to resume, is a new job instance every time ({@code now}
	 * tells them apart).
	 */
	JobParameters jobParameters(String account, ZoneId zone, Optional<List<String>> askedFor, List<String> appsToLoad,
			DayRange days, LocalDate finalBefore, long now, List<String> datasets) {
		Selection selection = selection();
		Long runId = (this.kind != Kind.BACKFILL || selection.alwaysNew()) ? now : null;
		return RunParameters.of(account, zone.getId(),
				askedFor.map((list) -> String.join(",", list)).orElse(RunParameters.ALL_APPS), appsToLoad, days,
				selection, finalBefore, runId, datasets);
	}

	/** The runs, each its own job. */
	public enum Kind {

		BACKFILL(LoadJobConfiguration.BACKFILL, true, "fetching"),

		NIGHTLY(LoadJobConfiguration.NIGHTLY, true, "fetching"),

		RECONCILE(ReconcileJobConfiguration.JOB_NAME, true, "fetching"),

		REBUILD(RebuildJobConfiguration.JOB_NAME, false, "writing");

		private final String job;

		private final boolean api;

		private final String doing;

		Kind(String job, boolean api, String doing) {
			this.job = job;
			this.api = api;
			this.doing = doing;
		}

		/** The name of its job. */
		public String job() {
			return this.job;
		}

		/** Whether it talks to the API. */
		public boolean needsApi() {
			return this.api;
		}

		/** What it does under the lock, for the message of a run that waits for it. */
		String doing() {
			return this.doing;
		}

	}

}
