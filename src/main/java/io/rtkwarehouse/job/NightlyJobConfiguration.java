package io.rtkwarehouse.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@value #JOB_NAME}: yesterday and the lookback days before it, which the source may
 * still change, plus earlier windows whose last fetch failed. Every nightly run is a new
 * job instance, so running it twice for one date fetches those days twice, and that is
 * safe.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

	static final String JOB_NAME = "nightly";

	@Bean
	Job nightlyJob(JobRepository jobRepository, Step loadWindowsStep, FailedWindowsListener failedWindows) {
		return new JobBuilder(JOB_NAME, jobRepository).start(loadWindowsStep).listener(failedWindows).build();
	}

}
