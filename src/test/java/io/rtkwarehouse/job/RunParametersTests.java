package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.util.List;

import io.rtkwarehouse.job.RunParameters.Selection;
import io.rtkwarehouse.window.DayRange;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.parameters.JobParameters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parameters of a run say which job instance it is: the same backfill command is the
 * same instance, whatever release started it.
 */
class RunParametersTests {

	private static final DayRange JANUARY = new DayRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));

	@Test
	void theAccountZoneAppsRangeAndSelectionIdentifyARunAndTheAppsLoadedDoNot() {
		JobParameters one = parameters(List.of("a", "b"), List.of("livestreams"), null);
		JobParameters other = parameters(List.of("a", "b", "c"), List.of("livestreams"), null);

		assertThat(identity(one)).isEqualTo(identity(other));
		assertThat(one.getIdentifyingParameters().stream().map((p) -> p.name()).toList()).containsExactlyInAnyOrder(
				RunParameters.ACCOUNT, RunParameters.ZONE, RunParameters.APPS, RunParameters.FROM, RunParameters.TO,
				RunParameters.SELECTION);
		assertThat(RunParameters.apps(other)).containsExactly("a", "b", "c");
	}

	@Test
	void aRunOfTheFirstDatasetAloneIsTheInstanceOfAReleaseBeforeDatasetsCouldBeChosen() {
		JobParameters livestreams = parameters(List.of("a"), List.of("livestreams"), null);
		JobParameters both = parameters(List.of("a"), List.of("livestreams", "usage"), null);

		assertThat(livestreams.getIdentifyingParameters().stream().map((p) -> p.name()))
			.doesNotContain(RunParameters.DATASETS);
		assertThat(both.getIdentifyingParameters().stream().map((p) -> p.name())).contains(RunParameters.DATASETS);
		assertThat(RunParameters.datasets(both)).containsExactly("livestreams", "usage");
	}

	@Test
	void theParametersOfAReleaseBeforeDatasetsReadAsLivestreams() {
		JobParameters old = new org.springframework.batch.core.job.parameters.JobParametersBuilder()
			.addString(RunParameters.ACCOUNT, "acc")
			.toJobParameters();

		assertThat(RunParameters.datasets(old)).containsExactly("livestreams");
		assertThat(RunParameters.apps(old)).isEmpty();
	}

	@Test
	void aRunIdMakesANewInstance() {
		assertThat(identity(parameters(List.of("a"), List.of("livestreams"), 5L)))
			.isNotEqualTo(identity(parameters(List.of("a"), List.of("livestreams"), 6L)));
	}

	@Test
	void onlyTheDefaultSelectionHasSomethingToResume() {
		assertThat(Selection.OPEN_AND_MISSING.alwaysNew()).isFalse();
		assertThat(Selection.MISSING.alwaysNew()).isTrue();
		assertThat(Selection.ALL.alwaysNew()).isTrue();
	}

	@Test
	void theRangeReadsBackAsItWasGiven() {
		assertThat(RunParameters.range(parameters(List.of("a"), List.of("usage"), null))).isEqualTo(JANUARY);
		assertThat(RunParameters.account(parameters(List.of("a"), List.of("usage"), null))).isEqualTo("acc");
	}

	private static java.util.Map<String, Object> identity(JobParameters parameters) {
		return parameters.getIdentifyingParameters()
			.stream()
			.collect(java.util.stream.Collectors.toMap((p) -> p.name(), (p) -> p.value()));
	}

	private static JobParameters parameters(List<String> apps, List<String> datasets, Long runId) {
		return RunParameters.of("acc", "UTC", RunParameters.ALL_APPS, apps, JANUARY, Selection.OPEN_AND_MISSING,
				LocalDate.of(2025, 2, 1), runId, datasets);
	}

}
