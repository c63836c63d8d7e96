package io.rtkwarehouse.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;

import io.rtkwarehouse.job.LoadJobConfiguration;
import io.rtkwarehouse.job.RebuildJobConfiguration;
import io.rtkwarehouse.job.ReconcileJobConfiguration;
import io.rtkwarehouse.job.RunParameters;
import io.rtkwarehouse.job.RunSummary;
import io.rtkwarehouse.warehouse.FailedStarts;
import io.rtkwarehouse.warehouse.FailedStarts.FailedStart;

import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The last runs, newest first: job executions and runs that ended before their job. What
 * {@code status} prints and {@code report} draws, read from the Spring Batch metadata and
 * {@code rtk.failed_start}. The metadata is read with SQL, as Spring Batch's
 * {@code JobRepository} would read it (the last instances of each job, all their
 * executions), so that the commands that only read start no Spring Batch.
 */
@Component
public class RecentRuns {

	/**
	 * Spring Batch stores its times as local times of the JVM, which {@code Cli.main}
	 * pins to UTC; the suffix says so, whatever the zone of the machine that reads them.
	 */
	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
			Locale.ROOT);

	private final JdbcClient jdbcClient;

	private final FailedStarts failedStarts;

	/** The tables' prefix, {@code spring.batch.jdbc.table-prefix}. */
	private final String tables;

	RecentRuns(JdbcClient jdbcClient, FailedStarts failedStarts, Environment environment) {
		this.jdbcClient = jdbcClient;
		this.failedStarts = failedStarts;
		this.tables = environment.getProperty("spring.batch.jdbc.table-prefix", "BATCH_");
	}

	/**
	 * The last {@code limit} runs of the account, or of every account when it is
	 * {@code null}.
	 */
	public List<Run> last(String account, int limit) {
		List<Run> runs = new ArrayList<>();
		for (String jobName : List.of(LoadJobConfiguration.BACKFILL, LoadJobConfiguration.NIGHTLY,
				ReconcileJobConfiguration.JOB_NAME, RebuildJobConfiguration.JOB_NAME)) {
			for (Run run : executions(jobName, limit)) {
				if (account == null || account.equals(run.account())) {
					runs.add(run);
				}
			}
		}
		for (FailedStart start : this.failedStarts.latest(account, limit)) {
			runs.add(of(start));
		}
		runs.sort(Comparator.comparing(Run::created).reversed());
		return runs.subList(0, Math.min(limit, runs.size()));
	}

	/** Every execution of the job's last {@code limit} instances, newest first. */
	private List<Run> executions(String jobName, int limit) {
		String parameter = "(SELECT parameter_value FROM " + this.tables + "JOB_EXECUTION_PARAMS p"
				+ " WHERE p.job_execution_id = e.job_execution_id AND p.parameter_name = ?)";
		return this.jdbcClient
			.sql("SELECT e.job_execution_id, e.create_time, e.start_time, e.end_time, e.status,"
					+ " e.exit_message, c.short_context, c.serialized_context, " + parameter + " AS account, "
					+ parameter + " AS date_from, " + parameter + " AS date_to FROM (SELECT job_instance_id FROM "
					+ this.tables + "JOB_INSTANCE WHERE job_name = ? ORDER BY job_instance_id DESC LIMIT ?) i JOIN "
					+ this.tables + "JOB_EXECUTION e ON e.job_instance_id = i.job_instance_id LEFT JOIN " + this.tables
					+ "JOB_EXECUTION_CONTEXT c ON c.job_execution_id = e.job_execution_id"
					+ " ORDER BY i.job_instance_id DESC, e.job_execution_id DESC")
			.params(RunParameters.ACCOUNT, RunParameters.FROM, RunParameters.TO, jobName, limit)
			.query((rs, row) -> of(rs, jobName))
			.list();
	}

	private static Run of(ResultSet rs, String jobName) throws SQLException {
		LocalDateTime started = rs.getObject("start_time", LocalDateTime.class);
		LocalDateTime ended = rs.getObject("end_time", LocalDateTime.class);
		Duration took = (started != null && ended != null) ? Duration.between(started, ended) : null;
		String context = (rs.getString("serialized_context") != null) ? rs.getString("serialized_context")
				: rs.getString("short_context");
		Object stored = (context != null) ? context(context).get(RunSummary.KEY) : null;
		String summary = (stored != null) ? stored.toString() : rs.getString("exit_message");
		Optional<RunSummary.Counts> counts = RunSummary.Counts.readFrom(summary);
		return new Run(rs.getObject("create_time", LocalDateTime.class), rs.getString("account"),
				rs.getLong("job_execution_id"), jobName, date(rs.getString("date_from")), date(rs.getString("date_to")),
				started, took, rs.getString("status"), (summary == null) ? "" : summary,
				counts.map(RunSummary.Counts::requests).orElse(null),
				counts.map(RunSummary.Counts::tooManyRequests).orElse(null),
				counts.map(RunSummary.Counts::paused).orElse(null));
	}

	/** An execution context as Spring Batch's default serializer stored it. */
	private static Map<String, Object> context(String stored) {
		try {
			return new DefaultExecutionContextSerializer()
				.deserialize(new ByteArrayInputStream(stored.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static LocalDate date(String value) {
		return (value != null) ? LocalDate.parse(value) : null;
	}

	private static Run of(FailedStart start) {
		LocalDateTime started = LocalDateTime.ofInstant(start.startedAt(), ZoneOffset.UTC);
		String outcome = start.outcome().equals("locked") ? "LOCKED (exit 3)" : "FAILED BEFORE ITS JOB (exit 1)";
		return new Run(started, start.accountId(), null, start.kind(), start.from(), start.to(), started,
				Duration.between(start.startedAt(), start.endedAt()), outcome, start.reason(), null, null, null);
	}

	/**
	 * One run: a job execution ({@code executionId} set) or a run that ended before its
	 * job. {@code requests}, {@code tooManyRequests} and {@code paused} are {@code null}
	 * when the run stored no summary; {@code started} and {@code took} when it did not
	 * start or end.
	 */
	public record Run(LocalDateTime created, String account, Long executionId, String kind, LocalDate from,
			LocalDate to, LocalDateTime started, Duration took, String outcome, String summary, Long requests,
			Long tooManyRequests, Duration paused) {

		/** The line {@code status} prints. */
		public String text() {
			if (this.executionId == null) {
				return String.format(Locale.ROOT, "-  %-8s %s..%s  started %s  took %s  %s  %s", this.kind, this.from,
						this.to, startedText(), tookText(), this.outcome, this.summary);
			}
			return String.format(Locale.ROOT, "#%d %-8s %s..%s  started %s  took %s  %s%s", this.executionId, this.kind,
					this.from, this.to, startedText(), tookText(), this.outcome,
					this.summary.isBlank() ? "" : "  " + this.summary);
		}

		public String startedText() {
			return (this.started != null) ? STARTED.format(this.started) : "not started";
		}

		public String tookText() {
			return (this.took != null) ? Failures.human(this.took) : "-";
		}

	}

}
