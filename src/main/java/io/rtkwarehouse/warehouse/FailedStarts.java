package io.rtkwarehouse.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code rtk.failed_start}: runs that ended before their job started, which the Spring
 * Batch metadata does not know of.
 */
@Repository
public class FailedStarts {

	private final JdbcClient jdbcClient;

	FailedStarts(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	public void record(FailedStart start) {
		this.jdbcClient.sql("""
				INSERT INTO rtk.failed_start (account_id, kind, range_from, range_to, started_at, ended_at, outcome,
				    reason)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(start.accountId(), start.kind(), start.from(), start.to(),
					java.sql.Timestamp.from(start.startedAt()), java.sql.Timestamp.from(start.endedAt()),
					start.outcome(), start.reason())
			.update();
	}

	/** The latest ones, newest first; all accounts when {@code accountId} is null. */
	public List<FailedStart> latest(String accountId, int limit) {
		return this.jdbcClient.sql("""
				SELECT account_id, kind, range_from AS "from", range_to AS "to", started_at, ended_at, outcome, reason
				FROM rtk.failed_start WHERE ?::text IS NULL OR account_id = ?
				ORDER BY started_at DESC, failed_start_id DESC LIMIT ?
				""").params(accountId, accountId, limit).query(FailedStart.class).list();
	}

	/** A run that ended before its job started. */
	public record FailedStart(String accountId, String kind, LocalDate from, LocalDate to, Instant startedAt,
			Instant endedAt, String outcome, String reason) {
	}

}
