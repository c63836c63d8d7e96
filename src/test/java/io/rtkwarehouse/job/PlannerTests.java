package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.dataset.Request;
import io.rtkwarehouse.job.RunParameters.Selection;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.window.DayRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/** Which days of an app a run fetches, and in which requests. */
class PlannerTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final LocalDate D1 = LocalDate.of(2025, 3, 1);

	private static final DayRange TEN_DAYS = new DayRange(D1, D1.plusDays(9));

	private final WindowLedger ledger = mock(WindowLedger.class);

	private final io.rtkwarehouse.warehouse.Apps apps = mock(io.rtkwarehouse.warehouse.Apps.class);

	@SuppressWarnings("unchecked")
	private final Dataset<Object> daily = mock(Dataset.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));

	@SuppressWarnings("unchecked")
	private final Dataset<Object> spans = mock(Dataset.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));

	private Planner planner;

	@BeforeEach
	void twoDatasets() {
		when(this.daily.id()).thenReturn("daily");
		when(this.daily.planning()).thenReturn(new Dataset.Planning(1, Dataset.Days.ZONE));
		when(this.spans.id()).thenReturn("spans");
		when(this.spans.planning()).thenReturn(new Dataset.Planning(31, Dataset.Days.AS_GIVEN));
		when(this.daily.finalLoadedDays(anyString(), anyString(), any())).thenReturn(Set.of());
		when(this.spans.finalLoadedDays(anyString(), anyString(), any())).thenReturn(Set.of());
		when(this.ledger.daysLoadedByJobInstance(anyString(), anyString(), anyString(), anyLong()))
			.thenReturn(Set.of());
		when(this.apps.createdDay(anyString(), anyString(), any())).thenReturn(java.util.Optional.empty());
		this.planner = new Planner(new Datasets(List.of(this.daily, this.spans)), this.ledger, this.apps);
	}

	@Test
	void aBackfillFetchesEveryDayButTheFinalLoadedOnes() {
		when(this.daily.finalLoadedDays("acc", "app", TEN_DAYS)).thenReturn(Set.of(D1, D1.plusDays(1)));

		assertThat(this.planner.days(plan("daily", Selection.OPEN_AND_MISSING, null))).hasSize(8)
			.doesNotContain(D1, D1.plusDays(1));
	}

	@Test
	void aRefetchFetchesFinalDaysToo() {
		when(this.daily.finalLoadedDays("acc", "app", TEN_DAYS)).thenReturn(Set.of(D1));

		assertThat(this.planner.days(plan("daily", Selection.ALL, null))).hasSize(10);
	}

	@Test
	void missingOnlyLeavesOutEveryLoadedDayFinalOrNot() {
		when(this.ledger.loadedDays("acc", "daily", "app", TEN_DAYS.from(), TEN_DAYS.to()))
			.thenReturn(Set.of(D1.plusDays(3), D1.plusDays(4)));

		assertThat(this.planner.days(plan("daily", Selection.MISSING, null))).hasSize(8)
			.doesNotContain(D1.plusDays(3), D1.plusDays(4));
	}

	@Test
	void aRestartSkipsWhatItsJobInstanceAlreadyLoaded() {
		when(this.ledger.daysLoadedByJobInstance("acc", "daily", "app", 42L)).thenReturn(Set.of(D1.plusDays(9)));

		assertThat(this.planner.days(plan("daily", Selection.OPEN_AND_MISSING, 42L))).hasSize(9)
			.doesNotContain(D1.plusDays(9));
	}

	@Test
	void aNightlyRunAlsoFetchesEarlierDaysWhoseLastFetchFailed() {
		LocalDate earlier = D1.minusDays(20);
		when(this.ledger.failedDaysBefore("acc", "daily", "app", D1)).thenReturn(Set.of(earlier));
		Plan nightly = plan("daily", Selection.ALL, null).withEarlierFailures();

		assertThat(this.planner.days(nightly)).hasSize(11).first().isEqualTo(earlier);
		assertThat(this.planner.requests(nightly)).hasSize(11);
	}

	@Test
	void eachDatasetCutsTheSameDaysIntoItsOwnRequests() {
		when(this.spans.finalLoadedDays("acc", "app", TEN_DAYS)).thenReturn(Set.of(D1.plusDays(4)));

		List<Request> daily = this.planner.requests(plan("daily", Selection.OPEN_AND_MISSING, null));
		List<Request> spans = this.planner.requests(plan("spans", Selection.OPEN_AND_MISSING, null));

		assertThat(daily).hasSize(10).allMatch((request) -> request.days().days() == 1 && request.zone().equals(ZONE));
		assertThat(spans).extracting(Request::days)
			.containsExactly(new DayRange(D1, D1.plusDays(3)), new DayRange(D1.plusDays(5), D1.plusDays(9)));
		assertThat(spans).allMatch((request) -> request.accountId().equals("acc") && request.appId().equals("app"));
	}

	@Test
	void daysBeforeTheAppWasCreatedAreNeverAskedFor() {
		when(this.apps.createdDay("acc", "app", ZONE)).thenReturn(java.util.Optional.of(D1.plusDays(6)));
		LocalDate earlier = D1.minusDays(20);
		when(this.ledger.failedDaysBefore("acc", "daily", "app", D1)).thenReturn(Set.of(earlier));

		assertThat(this.planner.days(plan("daily", Selection.ALL, null).withEarlierFailures()))
			.containsExactly(D1.plusDays(6), D1.plusDays(7), D1.plusDays(8), D1.plusDays(9));
	}

	@Test
	void aDatasetOfUtcDatesStartsOnTheEarlierOfTheZonesAndUtcsCreationDay() {
		when(this.apps.createdDay("acc", "app", ZONE)).thenReturn(java.util.Optional.of(D1.plusDays(6)));
		when(this.apps.createdDay("acc", "app", java.time.ZoneOffset.UTC))
			.thenReturn(java.util.Optional.of(D1.plusDays(5)));

		assertThat(this.planner.days(plan("spans", Selection.ALL, null))).first().isEqualTo(D1.plusDays(5));
		assertThat(this.planner.days(plan("daily", Selection.ALL, null))).first().isEqualTo(D1.plusDays(6));
	}

	@Test
	void anAppTheListingDoesNotKnowKeepsEveryDay() {
		assertThat(this.planner.days(plan("daily", Selection.ALL, null))).hasSize(10);
	}

	@Test
	void aPlanOfAnUnknownDatasetIsRefused() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> this.planner.days(plan("usag", Selection.ALL, null)))
			.withMessage("unknown dataset 'usag' (known: daily,spans)");
		when(this.ledger.loadedDays(eq("acc"), eq("x"), eq("app"), any(), any())).thenReturn(Set.of());
	}

	private static Plan plan(String dataset, Selection selection, Long instance) {
		return new Plan("acc", dataset, "app", ZONE, TEN_DAYS, selection, instance, false);
	}

}
