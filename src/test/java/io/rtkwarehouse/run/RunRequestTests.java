package io.rtkwarehouse.run;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.job.RunParameters;
import io.rtkwarehouse.job.RunParameters.Selection;
import io.rtkwarehouse.window.DayRange;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.parameters.JobParameters;

import static org.assertj.core.api.Assertions.assertThat;

/** What each command asks of its job, and when a run is a new job instance. */
class RunRequestTests {

	private static final DayRange RANGE = new DayRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10));

	@Test
	void theSameBackfillCommandIsTheSameInstanceAndSoAResume() {
		RunRequest backfill = RunRequest.backfill(RANGE, Optional.empty(), false, false, false);

		assertThat(backfill.selection()).isEqualTo(Selection.OPEN_AND_MISSING);
		assertThat(identity(backfill, 1)).isEqualTo(identity(backfill, 2));
	}

	@Test
	void everyOtherRunIsANewInstance() {
		for (RunRequest request : List.of(RunRequest.backfill(RANGE, Optional.empty(), true, false, false),
				RunRequest.backfill(RANGE, Optional.empty(), false, true, false),
				RunRequest.nightly(null, Optional.empty()), RunRequest.reconcile(RANGE, Optional.empty()),
				RunRequest.rebuild(RANGE))) {
			assertThat(identity(request, 1)).as(request.kind().name()).isNotEqualTo(identity(request, 2));
		}
	}

	@Test
	void aNightlyRunOrARefetchFetchesFinalDaysToo() {
		assertThat(RunRequest.nightly(null, Optional.empty()).selection()).isEqualTo(Selection.ALL);
		assertThat(RunRequest.backfill(RANGE, Optional.empty(), false, true, false).selection())
			.isEqualTo(Selection.ALL);
		assertThat(RunRequest.backfill(RANGE, Optional.empty(), true, false, false).selection())
			.isEqualTo(Selection.MISSING);
	}

	@Test
	void appsGivenAreIdentifyingAndDiscoveredOnesAreNot() {
		RunRequest given = RunRequest.backfill(RANGE, Optional.of(List.of("b", "a")), false, false, false);

		JobParameters parameters = given.jobParameters("acc", ZoneOffset.UTC, given.apps(), List.of("b", "a"), RANGE,
				RANGE.to(), 1, List.of("livestreams"));

		assertThat(parameters.getString(RunParameters.APPS)).isEqualTo("b,a");
		assertThat(RunRequest.backfill(RANGE, Optional.empty(), false, false, false)
			.jobParameters("acc", ZoneOffset.UTC, Optional.empty(), List.of("a"), RANGE, RANGE.to(), 1,
					List.of("livestreams"))
			.getString(RunParameters.APPS)).isEqualTo(RunParameters.ALL_APPS);
	}

	@Test
	void onlyRebuildCallsNoApi() {
		assertThat(RunRequest.Kind.REBUILD.needsApi()).isFalse();
		assertThat(List.of(RunRequest.Kind.BACKFILL, RunRequest.Kind.NIGHTLY, RunRequest.Kind.RECONCILE))
			.allMatch(RunRequest.Kind::needsApi);
	}

	private static Object identity(RunRequest request, long now) {
		return request
			.jobParameters("acc", ZoneOffset.UTC, Optional.empty(), List.of("a"), RANGE, RANGE.to(), now,
					List.of("livestreams"))
			.getIdentifyingParameters()
			.stream()
			.collect(java.util.stream.Collectors.toMap((p) -> p.name(), (p) -> p.value()));
	}

}
