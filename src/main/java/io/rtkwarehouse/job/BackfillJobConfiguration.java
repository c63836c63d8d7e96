package io.rtkwarehouse.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@value #JOB_NAME}: every window of every app in an inclusive day range. The same
 * command is the same job instance, so running it again after a failure or a crash is a
 * Spring Batch restart that fetches only what was not committed.
 */
@Configuration(proxyBeanMethods = false)
class BackfillJobConfiguration {

	static final String JOB_NAME = "backfill";

	@Bean
	Job backfillJob(JobRepository jobRepository, Step loadWindowsStep, FailedWindowsListener failedWindows) {
		return new JobBuilder(JOB_NAME, jobRepository).start(loadWindowsStep).listener(failedWindows).build();
	}

}
