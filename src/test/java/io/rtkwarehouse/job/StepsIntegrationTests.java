package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.util.List;

import io.rtkwarehouse.IntegrationTest;
import io.rtkwarehouse.TestApi;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.job.RunParameters.Selection;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.window.DayRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of the jobs one at a time, where a step's behaviour is the point: each
 * dataset's load step loads its own dataset and nothing when the run does not name it,
 * the first step plans the run and marks finality, the last prunes, reconcile compares.
 */
@IntegrationTest
class StepsIntegrationTests {

	private static final DayRange RANGE = new DayRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10));

	private final JdbcClient jdbc = TestDatabase.get().jdbc();

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	@Qualifier("backfillJob")
	private Job backfill;

	@Autowired
	@Qualifier("reconcileJob")
	private Job reconcile;

	private String app;

	@BeforeEach
	void freshWarehouse() {
		TestDatabase.get().reset();
		this.app = TestApi.reset().apps().get(0).id();
	}

	@Test
	void aDatasetsLoadStepLoadsEveryDayOfItsAppsIntoItsOwnTables() {
		JobExecution run = step(this.backfill, "loadUsageWindows", List.of("usage"));

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("rtk.window_ledger WHERE dataset = 'usage' AND status = 'loaded'")).isEqualTo(10);
		assertThat(count("rtk.usage_fetch")).isEqualTo(1);
		assertThat(count("rtk.livestream_daily")).isZero();
		assertThat(run.getStepExecutions()).extracting((step) -> step.getStepName())
			.contains("loadUsageWindows", "loadAppUsageWindows:usage-app-" + this.app);
	}

	@Test
	void aLoadStepOfADatasetTheRunDoesNotNameDoesNothing() {
		JobExecution run = step(this.backfill, "loadWindows", List.of("usage"));

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("rtk.window_ledger")).isZero();
		assertThat(run.getStepExecutions()).extracting((step) -> step.getStepName()).containsExactly("loadWindows");
	}

	@Test
	void theLivestreamDaywiseStepLoadsUtcDaysWithTheLedgerAndRawHistory() {
		JobExecution run = step(this.backfill, "loadLivestreamDaywiseWindows", List.of("livestream-daywise"));

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("rtk.livestream_daywise WHERE job_execution_id IS NOT NULL")).isEqualTo(10);
		assertThat(count("rtk.window_ledger WHERE dataset = 'livestream-daywise'")).isEqualTo(10);
		assertThat(count("rtk.livestream_daywise_fetch WHERE loaded")).isEqualTo(1);
	}

	@Test
	void theFirstStepPlansEachDatasetAndMarksWhatBecameFinal() {
		step(this.backfill, "loadWindows", List.of("livestreams"));
		this.jdbc.sql("UPDATE rtk.livestream_daily SET is_final = false").update();

		JobExecution prepare = step(this.backfill, "prepareRun", List.of("livestreams", "usage"));

		assertThat(count("rtk.livestream_daily WHERE is_final")).isEqualTo(10);
		assertThat(prepare.getExecutionContext().getLong(RunSteps.PLANNED_KEY + "livestreams")).isZero();
		assertThat(prepare.getExecutionContext().getLong(RunSteps.PLANNED_KEY + "usage")).isEqualTo(10);
	}

	@Test
	void theCompareStepKeepsWhatReconcileFound() {
		step(this.backfill, "loadWindows", List.of("livestreams"));
		step(this.backfill, "loadLivestreamDaywiseWindows", List.of("livestream-daywise"));
		this.jdbc.sql("UPDATE rtk.livestream_daywise SET total_viewer_seconds = total_viewer_seconds + 1 WHERE day = ?")
			.param(RANGE.from())
			.update();
		this.jdbc.sql("UPDATE rtk.livestream_daywise SET total_ingest_seconds = NULL WHERE day = ?")
			.param(RANGE.to())
			.update();

		Compared compared = Compared
			.of(step(this.reconcile, ReconcileJobConfiguration.COMPARE_STEP, List.of("livestream-daywise")));

		assertThat(compared.compared()).isEqualTo(9);
		assertThat(compared.differ()).singleElement().asString().startsWith("app " + this.app + " " + RANGE.from());
		assertThat(compared.unknown()).singleElement().asString().contains("unknown daywise ingest seconds");
	}

	private JobExecution step(Job job, String step, List<String> datasets) {
		JobOperatorTestUtils steps = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		steps.setJob(job);
		JobParameters parameters = RunParameters.of(ApiSimulator.DEFAULT_ACCOUNT, "UTC", this.app, List.of(this.app),
				RANGE, Selection.OPEN_AND_MISSING, LocalDate.of(2025, 6, 1), System.nanoTime(), datasets);
		return steps.startStep(step, parameters, new ExecutionContext());
	}

	private long count(String from) {
		return this.jdbc.sql("SELECT count(*) FROM " + from).query(Long.class).single();
	}

}
