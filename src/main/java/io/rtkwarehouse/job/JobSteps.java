package io.rtkwarehouse.job;

import java.util.List;

import io.rtkwarehouse.config.RtkProperties;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.stereotype.Component;

/**
 * The shape every job shares: {@value RunSteps#PREPARE_STEP}, its own steps,
 * {@value RunSteps#PRUNE_STEP}, and the listener that ends the run.
 */
@Component
class JobSteps {

	private final JobRepository jobRepository;

	private final RunSteps runSteps;

	private final LoadSteps loadSteps;

	private final RunOutcomeListener outcome;

	private final RtkProperties properties;

	JobSteps(JobRepository jobRepository, RunSteps runSteps, LoadSteps loadSteps, RunOutcomeListener outcome,
			RtkProperties properties) {
		this.jobRepository = jobRepository;
		this.runSteps = runSteps;
		this.loadSteps = loadSteps;
		this.outcome = outcome;
		this.properties = properties;
	}

	/**
	 * A job that loads every dataset of its run, each app's days planned by
	 * {@code plans}.
	 */
	Job load(String name, Plans plans, AppRequests reader) {
		return job(name, plans, this.loadSteps.load(reader));
	}

	/** A job that loads the datasets that can be cross-checked, then compares them. */
	Job crossCheck(String name, Plans plans, AppRequests reader, Step compare) {
		List<Step> steps = new java.util.ArrayList<>(this.loadSteps.loadCrossChecked(reader));
		steps.add(compare);
		return job(name, plans, steps);
	}

	/** A job of one step between the two every job has. */
	Job single(String name, Plans plans, Step step) {
		return job(name, plans, List.of(step));
	}

	RunSteps runSteps() {
		return this.runSteps;
	}

	private Job job(String name, Plans plans, List<Step> steps) {
		SimpleJobBuilder job = new JobBuilder(name, this.jobRepository).start(this.runSteps.prepare(plans));
		steps.forEach(job::next);
		return job.next(this.runSteps.prune(this.properties.fetchRetentionDays())).listener(this.outcome).build();
	}

}
