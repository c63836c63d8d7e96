package io.rtkwarehouse.job;

import io.rtkwarehouse.window.DaySpan;
import io.rtkwarehouse.window.DayWindow;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The shape both jobs share: {@value RunSteps#PREPARE_STEP}, the window steps of each
 * dataset with the job's own plan and readers, {@value RunSteps#PRUNE_STEP}, and the
 * listener that ends the run.
 */
@Component
class JobSteps {

	private final JobRepository jobRepository;

	private final RunSteps runSteps;

	private final WindowLoadSteps windowSteps;

	private final RunOutcomeListener outcome;

	JobSteps(JobRepository jobRepository, RunSteps runSteps, WindowLoadSteps windowSteps, RunOutcomeListener outcome) {
		this.jobRepository = jobRepository;
		this.runSteps = runSteps;
		this.windowSteps = windowSteps;
		this.outcome = outcome;
	}

	Job job(String name, WindowPlans plans, AppWindowReader<DayWindow> reader, AppWindowReader<DaySpan> usageReader) {
		return new JobBuilder(name, this.jobRepository).start(this.runSteps.prepare(plans))
			.next(this.windowSteps.load(reader))
			.next(this.windowSteps.loadUsage(usageReader))
			.next(this.runSteps.prune())
			.listener(this.outcome)
			.build();
	}

}
