package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.rtkwarehouse.window.DayRange;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a run. The account, zone, apps and day range identify a job
 * instance: the same backfill command is the same instance, so running it again is a
 * restart.
 */
public final class RunParameters {

	public static final String ACCOUNT = "account";

	public static final String ZONE = "zone";

	/**
	 * Identifying: the apps asked for, or {@link #ALL_APPS} when they were discovered.
	 */
	public static final String APPS = "apps";

	/**
	 * Not identifying: the apps this execution loads (a rerun may discover a new one).
	 */
	public static final String APP_LIST = "appList";

	public static final String ALL_APPS = "*";

	public static final String FROM = "from";

	public static final String TO = "to";

	/** Identifying: which windows of the range a run fetches ({@link Selection}). */
	public static final String SELECTION = "selection";

	/** Not identifying: days before this one are final when the run starts. */
	public static final String FINAL_BEFORE = "finalBefore";

	/**
	 * What the run loads ({@code rtk.datasets}): identifying only when it is not
	 * {@value #FIRST_DATASETS}, so that the job instances of releases before datasets
	 * could be chosen (which loaded only that) stay the same, and a backfill that adds a
	 * dataset is a new instance.
	 */
	public static final String DATASETS = "datasets";

	/** What every run loaded before {@code rtk.datasets} existed. */
	static final String FIRST_DATASETS = "livestreams";

	/**
	 * Makes a run a new job instance (nightly runs, and selections with nothing to
	 * resume).
	 */
	public static final String RUN_ID = "run.id";

	private RunParameters() {
	}

	public static JobParameters of(String account, String zone, String appsAskedFor, List<String> apps, DayRange range,
			Selection selection, LocalDate finalBefore, Long runId, List<String> datasets) {
		JobParametersBuilder builder = new JobParametersBuilder().addString(ACCOUNT, account)
			.addString(ZONE, zone)
			.addString(APPS, appsAskedFor)
			.addString(APP_LIST, String.join(",", apps), false)
			.addLocalDate(FROM, range.from())
			.addLocalDate(TO, range.to())
			.addString(SELECTION, selection.name())
			.addLocalDate(FINAL_BEFORE, finalBefore, false);
		String ids = String.join(",", datasets);
		builder.addString(DATASETS, ids, !ids.equals(FIRST_DATASETS));
		if (runId != null) {
			builder.addLong(RUN_ID, runId);
		}
		return builder.toJobParameters();
	}

	/** Which windows of its range a run fetches. */
	public enum Selection {

		/** Every window but those that are final and loaded. */
		OPEN_AND_MISSING,

		/** Only windows that are missing or failed. */
		MISSING,

		/** Every window, final ones too. */
		ALL;

		/**
		 * Whether a run is a new job instance every time (there is nothing to resume).
		 */
		public boolean alwaysNew() {
			return this != OPEN_AND_MISSING;
		}

	}

	public static List<String> splitApps(String apps) {
		return Arrays.stream(apps.split(",")).map(String::trim).filter((app) -> !app.isEmpty()).toList();
	}

	/**
	 * The datasets of a run, by name; those of a release before datasets for its runs.
	 */
	public static List<String> datasets(JobParameters parameters) {
		String ids = parameters.getString(DATASETS);
		return splitApps((ids == null) ? FIRST_DATASETS : ids);
	}

	/** The account the run loads. */
	public static String account(JobParameters parameters) {
		return parameters.getString(ACCOUNT);
	}

	/** The apps this execution loads. */
	public static List<String> apps(JobParameters parameters) {
		String apps = parameters.getString(APP_LIST);
		return (apps == null) ? List.of() : splitApps(apps);
	}

	public static DayRange range(JobParameters parameters) {
		return new DayRange(parameters.getLocalDate(FROM), parameters.getLocalDate(TO));
	}

}
