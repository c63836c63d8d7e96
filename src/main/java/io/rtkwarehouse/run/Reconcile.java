package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.rtkwarehouse.config.Dataset;
import io.rtkwarehouse.config.InvalidConfigurationException;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.DaywiseSource;
import io.rtkwarehouse.source.LivestreamNumbers;
import io.rtkwarehouse.source.SpanResult;
import io.rtkwarehouse.warehouse.Accounts;
import io.rtkwarehouse.warehouse.Apps;
import io.rtkwarehouse.warehouse.DaywiseRows;
import io.rtkwarehouse.warehouse.DaywiseRows.Mismatch;
import io.rtkwarehouse.warehouse.DaywiseRows.Overlap;
import io.rtkwarehouse.warehouse.RunLock;
import io.rtkwarehouse.window.DayRange;
import io.rtkwarehouse.window.DaySpan;

import org.springframework.stereotype.Component;

/**
 * {@code reconcile}: fetches the livestream daywise numbers of a range (one request per
 * app and up to 31 days, through the one budget and its retries), keeps them in
 * {@code rtk.livestream_daywise} and compares their ingest and viewer seconds with the
 * loaded {@code rtk.livestream_daily} rows, day by day. Only UTC days can be compared:
 * the endpoint's days are in no documented zone, and UTC is the only one its answers can
 * be checked against.
 */
@Component
public class Reconcile {

	private final WarehouseGuard guard;

	private final DaywiseSource source;

	private final DaywiseRows rows;

	private final Accounts accounts;

	private final Apps knownApps;

	private final RunLock runLock;

	private final Clock clock;

	Reconcile(WarehouseGuard guard, DaywiseSource source, DaywiseRows rows, Accounts accounts, Apps knownApps,
			RunLock runLock, Clock clock) {
		this.guard = guard;
		this.source = source;
		this.rows = rows;
		this.accounts = accounts;
		this.knownApps = knownApps;
		this.runLock = runLock;
		this.clock = clock;
	}

	/**
	 * Reconciles the account that runs now ({@link AccountRuns} runs each configured
	 * account in turn, with its own token).
	 */
	public int run(DayRange requested, Optional<List<String>> askedFor, PrintStream out, PrintStream err)
			throws InterruptedException {
		this.guard.checkConfiguration(true, true);
		RtkProperties properties = this.guard.properties();
		refuseZone("rtk.zone is " + properties.zone(), properties.zoneId());
		LocalDate lastEnded = DayRange.lastEndedDay(this.clock, ZoneOffset.UTC);
		DayRange range = requested.endingNoLaterThan(lastEnded);
		if (range == null) {
			throw new InvalidConfigurationException(
					"nothing to reconcile: no day of " + requested + " has ended yet in UTC");
		}
		this.guard.migrate();
		String id = properties.accountId();
		Optional<String> zone = this.accounts.zoneOf(id);
		if (zone.isPresent()) {
			refuseZone("the days of account " + id + " are loaded in " + zone.get(), ZoneId.of(zone.get()));
		}
		Duration wait = properties.lock().waitFor();
		Optional<RunLock.Held> lock = this.runLock.acquire(id,
				"rtk-warehouse reconcile " + range + " pid " + ProcessHandle.current().pid(), wait);
		if (lock.isEmpty()) {
			err.println("error: " + this.runLock.refusal(id, "fetching", wait));
			return ExitCodes.LOCKED;
		}
		try (RunLock.Held held = lock.get()) {
			return reconcile(properties, range, askedFor, out, err) ? ExitCodes.OK : ExitCodes.FAILED;
		}
	}

	/** Fetches, keeps and compares one account's days; whether they all agree. */
	private boolean reconcile(RtkProperties properties, DayRange range, Optional<List<String>> askedFor,
			PrintStream out, PrintStream err) {
		String account = properties.accountId();
		List<String> apps = RunLauncher.appsAskedFor(askedFor, properties)
			.orElseGet(() -> this.knownApps.known(account));
		if (apps.isEmpty()) {
			out.println("reconcile " + range + ", account " + account
					+ ": no app known to the warehouse yet (none listed or loaded); give --apps to check some");
			return false;
		}
		boolean fetched = true;
		int requests = 0;
		for (String app : apps) {
			for (DaySpan span : DaySpan.cut(app, range.stream().toList(), Dataset.USAGE.maxWindowDays())) {
				SpanResult<Map<LocalDate, LivestreamNumbers>> result = this.source.livestreams(account, span);
				requests++;
				if (!result.loaded()) {
					err.println("error: app " + app + " days " + span.days() + " failed after " + result.attempts()
							+ " attempt(s): " + result.error());
					fetched = false;
					continue;
				}
				this.rows.replace(account, span, result.value(), result.fetchedAt());
			}
		}
		List<Mismatch> mismatches = this.rows.mismatches(account, apps, range.from(), range.to());
		Overlap overlap = this.rows.overlap(account, apps, range.from(), range.to());
		out.println("reconcile " + range + " (UTC days), account " + account + ": " + apps.size() + " app(s), "
				+ requests + " daywise request(s); " + overlap.compared() + " day(s) compared, " + mismatches.size()
				+ " differ");
		for (Mismatch m : mismatches) {
			out.println("  app " + m.appId() + " " + m.day() + ": ingest seconds " + m.loadedIngestSeconds()
					+ " loaded, " + m.daywiseIngestSeconds() + " daywise; viewer seconds " + m.loadedViewerSeconds()
					+ " loaded, " + m.daywiseViewerSeconds() + " daywise (counts, not compared: "
					+ m.loadedLivestreamCount() + " livestreams, " + m.daywiseSessionCount() + " sessions)");
		}
		if (overlap.onlyLoaded() > 0 || overlap.onlyDaywise() > 0) {
			out.println("  not compared: " + overlap.onlyLoaded() + " loaded day(s) the daywise answers left out, "
					+ overlap.onlyDaywise() + " daywise day(s) not loaded (gaps lists them)");
		}
		return fetched && mismatches.isEmpty();
	}

	private static void refuseZone(String what, ZoneId zone) {
		if (!zone.normalized().equals(ZoneOffset.UTC)) {
			throw new InvalidConfigurationException(what + ": reconcile compares UTC days only. The daywise endpoint"
					+ " does not document the zone of its days, and the loaded rows are days of " + zone
					+ ", whose hours are not the same as any UTC day's, so no day can be compared. Reconcile an"
					+ " account loaded with rtk.zone=UTC");
		}
	}

}
