package io.rtkwarehouse.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.TestDatabase;

import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh, empty database for one scenario (dropped when closed), and what the runs
 * recorded in it: the Spring Batch metadata in {@code rtk_batch}, the rows and the ledger
 * in {@code rtk}, and PostgreSQL's own statistics.
 */
final class BenchDatabase implements AutoCloseable {

	/** The partitions of the backfill's load step: {@code loadAppWindows:app-<id>}. */
	private static final String APP_STEPS = "loadAppWindows:%";

	private static final Pattern RETRIES = Pattern.compile("retries: (\\d+)");

	private final TestDatabase database;

	private final JdbcClient jdbc;

	BenchDatabase(String name) {
		this.database = TestDatabase.fresh("rtk_bench_" + name.replace('-', '_') + "_");
		this.jdbc = this.database.jdbc();
	}

	TestDatabase database() {
		return this.database;
	}

	/** The name on the server. */
	String name() {
		String url = this.database.jdbcUrl();
		return url.substring(url.lastIndexOf('/') + 1);
	}

	/** The last job execution, as Spring Batch and the run summary recorded it. */
	Execution lastExecution() {
		Map<String, Object> last = this.jdbc.sql("""
				SELECT e.job_execution_id, EXTRACT(EPOCH FROM e.end_time - e.start_time) AS seconds,
				    coalesce(c.serialized_context, c.short_context) AS context
				FROM rtk_batch.batch_job_execution e
				LEFT JOIN rtk_batch.batch_job_execution_context c USING (job_execution_id)
				ORDER BY e.job_execution_id DESC LIMIT 1
				""").query().singleRow();
		long id = ((Number) last.get("job_execution_id")).longValue();
		return new Execution(id, ((Number) last.get("seconds")).doubleValue(), (long) appSteps(id, "sum(read_count)"),
				appSteps(id, "sum(EXTRACT(EPOCH FROM end_time - start_time))"), retries((String) last.get("context")));
	}

	long dailyRows() {
		return count("SELECT count(*) FROM rtk.livestream_daily");
	}

	/**
	 * The rows of {@code rtk.livestream_daily} in key order, each as the text of a row of
	 * what an analyst reads: the key, zone, window, numbers (empty where unknown) and
	 * finality, without the times and job of loading.
	 */
	List<String> dailyRowsAsText() {
		return this.jdbc.sql("""
				SELECT (account_id, app_id, day, zone, window_start, window_end, livestream_count,
				    total_ingest_seconds, total_viewer_seconds, is_final)::text
				FROM rtk.livestream_daily ORDER BY account_id, app_id, day
				""").query(String.class).list();
	}

	/**
	 * The answers stored in {@code rtk.livestream_fetch} (one per request when none
	 * fails) by the kind of app, as its rows show it: idle (no livestream), daily (a
	 * livestream on every day but perhaps the first, its creation day) or weekly (the
	 * others).
	 */
	List<ByActivity> answersByActivity() {
		return this.jdbc.sql("""
				WITH apps AS (
				    SELECT app_id, count(*) AS days,
				        CASE WHEN coalesce(sum(livestream_count), 0) = 0 THEN 'idle'
				            WHEN count(*) FILTER (WHERE livestream_count > 0) >= count(*) - 1 THEN 'daily'
				            ELSE 'weekly' END AS kind
				    FROM rtk.livestream_daily GROUP BY app_id),
				answers AS (
				    SELECT app_id, count(*) AS answers, count(*) FILTER (WHERE last_day IS NOT NULL) AS spans
				    FROM rtk.livestream_fetch GROUP BY app_id)
				SELECT kind, count(*) AS apps, sum(days) AS days, coalesce(sum(answers), 0) AS answers,
				    coalesce(sum(spans), 0) AS spans
				FROM apps LEFT JOIN answers USING (app_id)
				GROUP BY kind ORDER BY array_position(ARRAY['idle', 'weekly', 'daily'], kind)
				""")
			.query((row, number) -> new ByActivity(row.getString("kind"), row.getLong("apps"), row.getLong("days"),
					row.getLong("answers"), row.getLong("spans")))
			.list();
	}

	/** Windows whose rows are committed; 0 before the schema is there. */
	long loadedWindows() {
		try {
			return count("SELECT count(*) FROM rtk.window_ledger WHERE status = 'loaded'");
		}
		catch (DataAccessException ex) {
			return 0;
		}
	}

	/**
	 * App steps that Batch marked started and never ended: those that were running when
	 * their run died (partitions not begun yet are still STARTING).
	 */
	long unfinishedAppSteps() {
		return this.jdbc
			.sql("SELECT count(*) FROM rtk_batch.batch_step_execution WHERE step_name LIKE ? AND status = 'STARTED'")
			.param(APP_STEPS)
			.query(Long.class)
			.single();
	}

	/**
	 * The rows of each {@code rtk_batch.batch_*} table, by table name without the prefix.
	 */
	Map<String, Long> batchRows() {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (String table : this.jdbc
			.sql("SELECT table_name FROM information_schema.tables "
					+ "WHERE table_schema = 'rtk_batch' AND table_name LIKE 'batch\\_%' ORDER BY 1")
			.query(String.class)
			.list()) {
			rows.put(table.substring("batch_".length()), count("SELECT count(*) FROM rtk_batch." + table));
		}
		return rows;
	}

	/**
	 * Seconds PostgreSQL has spent executing statements in this database, once the runs'
	 * sessions have ended (a session reports its time when it ends).
	 */
	double sqlSeconds() throws InterruptedException {
		for (int i = 0; i < 50 && count("SELECT count(*) FROM pg_stat_activity "
				+ "WHERE datname = current_database() AND backend_type = 'client backend' "
				+ "AND pid <> pg_backend_pid()") > 0; i++) {
			Thread.sleep(100);
		}
		return this.jdbc.sql("SELECT active_time / 1000 FROM pg_stat_database WHERE datname = current_database()")
			.query(Double.class)
			.single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private double appSteps(long execution, String aggregate) {
		return this.jdbc
			.sql("SELECT coalesce(" + aggregate + ", 0) FROM rtk_batch.batch_step_execution "
					+ "WHERE job_execution_id = ? AND step_name LIKE ?")
			.params(execution, APP_STEPS)
			.query(Double.class)
			.single();
	}

	/** The retries that the run summary ({@code rtk.summary}) counts; -1 without one. */
	private static long retries(String context) {
		if (context == null) {
			return -1;
		}
		try {
			Map<String, Object> values = new DefaultExecutionContextSerializer()
				.deserialize(new ByteArrayInputStream(context.getBytes(StandardCharsets.UTF_8)));
			Matcher retries = RETRIES.matcher(String.valueOf(values.get("rtk.summary")));
			return retries.find() ? Long.parseLong(retries.group(1)) : -1;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.database.drop();
	}

	/**
	 * Apps of one kind, the days they have rows for, the answers stored for them, and how
	 * many of those were for a span of days.
	 */
	record ByActivity(String kind, long apps, long days, long answers, long spans) {

	}

	/** One job execution: its time, the windows its app steps read, and their time. */
	record Execution(long id, double jobSeconds, long windowsFetched, double appStepSeconds, long retries) {

	}

}
