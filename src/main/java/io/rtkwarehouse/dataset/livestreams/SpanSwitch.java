package io.rtkwarehouse.dataset.livestreams;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.window.DayRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether an account's runs may ask for zero spans, and their self-check. Spans are on
 * unless {@code rtk.spans.enabled} is false or {@code rtk.span_check} holds a row for the
 * account: a day sampled on its own once answered more than the zeros of its span. A run
 * samples a share of the days it infers ({@code rtk.spans.sample-share}), and at least
 * one day per run. When a sample disagrees, spans are turned off for the account in the
 * warehouse, and every day inferred from a span that is still loaded is marked failed so
 * that it is asked again one by one; the writer of a chunk checks the same row under the
 * same lock, so that no inferred day of a chunk in flight is written as loaded after it.
 */
@Component
class SpanSwitch {

	static final String DATASET = "livestreams";

	private static final Logger logger = LoggerFactory.getLogger(SpanSwitch.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	/** The accounts whose spans this process turned off, with the execution that did. */
	private final Map<String, Long> turnedOff = new ConcurrentHashMap<>();

	/** Whether the warehouse said spans are off, per account and execution. */
	private final Map<String, Boolean> offInWarehouse = new ConcurrentHashMap<>();

	/** What each app's days showed, per execution and app. */
	private final Map<String, Pace> paces = new ConcurrentHashMap<>();

	/** Whether an execution has sampled a day yet. */
	private final Map<Long, AtomicBoolean> sampled = new ConcurrentHashMap<>();

	SpanSwitch(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Why a day inferred from a span is asked again, after the span's days. */
	private static final String REFETCH = ", but spans are off for the account: a sampled day disagreed"
			+ " (rtk.span_check); asked again one by one";

	/** The message of a day whose span's zeros can no longer be trusted. */
	static String refetchNote(DayRange span) {
		return "inferred from the zero span " + span + REFETCH;
	}

	/** Whether the account's spans are off in the warehouse (read now). */
	boolean offInWarehouse(String accountId) {
		return this.jdbc.sql("SELECT count(*) FROM rtk.span_check WHERE account_id = ? AND dataset = ?")
			.params(accountId, DATASET)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether a run of the account may plan spans now. */
	boolean on(RtkProperties account) {
		return account.spans().enabled() && !this.turnedOff.containsKey(account.accountId())
				&& !offInWarehouse(account.accountId());
	}

	/** Whether this execution turned the account's spans off. */
	boolean turnedOffIn(String accountId, long jobExecutionId) {
		Long execution = this.turnedOff.get(accountId);
		return execution != null && execution == jobExecutionId;
	}

	/**
	 * In the caller's transaction: whether the account's spans are off, waiting for a
	 * turn-off being written to commit first.
	 */
	boolean offForWriting(String accountId) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock_shared(hashtext(?))")
			.param(lockKey(accountId))
			.query()
			.listOfRows();
		return offInWarehouse(accountId);
	}

	/** The self-check of one app's requests in one execution. */
	SpanCheck check(RtkProperties account, String appId, long jobExecutionId) {
		String accountId = account.accountId();
		boolean off = !account.spans().enabled() || this.offInWarehouse
			.computeIfAbsent(accountId + "/" + jobExecutionId, (key) -> offInWarehouse(accountId));
		AtomicBoolean any = this.sampled.computeIfAbsent(jobExecutionId, (key) -> new AtomicBoolean());
		double share = account.spans().sampleShare();
		Pace pace = this.paces.computeIfAbsent(jobExecutionId + "/" + accountId + "/" + appId, (key) -> new Pace());
		Pace accountPace = this.paces.computeIfAbsent(jobExecutionId + "/" + accountId, (key) -> new Pace());
		return new SpanCheck() {

			@Override
			public void observed(LivestreamNumbers day) {
				pace.observed(day);
				accountPace.observed(day);
			}

			@Override
			public double livestreamsPerActiveDay() {
				return pace.known() ? pace.perActiveDay() : accountPace.perActiveDay();
			}

			@Override
			public boolean mostlyActive() {
				return pace.mostlyActive();
			}

			@Override
			public boolean spansOn() {
				return !off && !SpanSwitch.this.turnedOff.containsKey(accountId);
			}

			@Override
			public List<LocalDate> sample(DayRange span) {
				List<LocalDate> days = span.stream()
					.filter((day) -> draw(accountId, appId, day, jobExecutionId) < share)
					.toList();
				if (any.compareAndSet(false, true) && days.isEmpty()) {
					long pick = Math.floorMod(hash(accountId, appId, span.from(), jobExecutionId), span.days());
					return List.of(span.from().plusDays(pick));
				}
				if (!days.isEmpty()) {
					any.set(true);
				}
				return days;
			}

			@Override
			public void contradicted(DayRange span, LocalDate day, LivestreamNumbers alone) {
				turnOff(accountId, appId, span, day, alone, jobExecutionId);
			}

		};
	}

	/**
	 * Turns spans off for the account: records why, and marks every day still loaded from
	 * a span failed, to be asked again one by one.
	 */
	void turnOff(String accountId, String appId, DayRange span, LocalDate day, LivestreamNumbers alone,
			long jobExecutionId) {
		this.turnedOff.putIfAbsent(accountId, jobExecutionId);
		int[] marked = this.transactions.execute((status) -> {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(lockKey(accountId)).query().listOfRows();
			int first = this.jdbc.sql("""
					INSERT INTO rtk.span_check (account_id, dataset, turned_off_at, app_id, day, span_first_day,
					    span_last_day, day_answer, job_execution_id)
					VALUES (?, ?, now(), ?, ?, ?, ?, ?, ?)
					ON CONFLICT (account_id, dataset) DO NOTHING
					""")
				.params(accountId, DATASET, appId, day, span.from(), span.to(), ZeroSpans.describe(alone),
						jobExecutionId)
				.update();
			return new int[] { first, this.jdbc.sql("""
					UPDATE rtk.window_ledger SET status = 'failed',
					    last_error = 'inferred from the zero span ' || lower(inferred_from) || '..'
					        || (upper(inferred_from) - 1) || ?
					WHERE account_id = ? AND dataset = ? AND inferred_from IS NOT NULL AND status = 'loaded'
					""").params(REFETCH, accountId, DATASET).update() };
		});
		if (marked[0] == 0) {
			// Another request of the run found it first, and said so.
			return;
		}
		logger.warn(
				"Zero spans are now OFF for account {}: day {} of app {} answered {} on its own, but its span {}"
						+ " answered zeros. {} day(s) inferred from spans are marked failed and asked again one by"
						+ " one; every request of this account is one day from now on (delete its row in"
						+ " rtk.span_check to turn spans on again)",
				accountId, day, appId, ZeroSpans.describe(alone), span, marked[1]);
	}

	/**
	 * The days of one app a run has learned: how many, how many active, their
	 * livestreams.
	 */
	private static final class Pace {

		/** The fewest days, or active days, a pace is taken from. */
		private static final int ENOUGH = 7;

		private long days;

		private long active;

		private long livestreams;

		synchronized void observed(LivestreamNumbers day) {
			this.days++;
			if (day.anyNumber()) {
				this.active++;
				this.livestreams += (day.livestreamCount() != null) ? day.livestreamCount() : 0;
			}
		}

		synchronized boolean known() {
			return this.active >= 3;
		}

		synchronized double perActiveDay() {
			return known() ? Math.max(1, (double) this.livestreams / this.active) : 1;
		}

		synchronized boolean mostlyActive() {
			return this.days >= ENOUGH && 2 * this.active >= this.days;
		}

	}

	private static String lockKey(String accountId) {
		return "rtk.span_check:" + accountId;
	}

	/** A number in [0, 1) drawn from the day: the same for the same run and day. */
	static double draw(String accountId, String appId, LocalDate day, long jobExecutionId) {
		return (hash(accountId, appId, day, jobExecutionId) >>> 11) * 0x1.0p-53;
	}

	private static long hash(String accountId, String appId, LocalDate day, long jobExecutionId) {
		long h = 0x9E3779B97F4A7C15L;
		for (String part : List.of(accountId, appId, day.toString(), Long.toString(jobExecutionId))) {
			for (int i = 0; i < part.length(); i++) {
				h = (h ^ part.charAt(i)) * 0x100000001B3L;
			}
			h = mix(h);
		}
		return h;
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
