package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.rtkwarehouse.config.Dataset;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.DaywiseSource;
import io.rtkwarehouse.source.LivestreamSource;
import io.rtkwarehouse.warehouse.FetchHistory;
import io.rtkwarehouse.warehouse.UsageHistory;
import io.rtkwarehouse.warehouse.RunLock;
import io.rtkwarehouse.window.DayRange;

import org.springframework.stereotype.Component;

/**
 * {@code rebuild}: recomputes the daily rows of a range from the raw answers (and, when
 * {@code rtk.datasets} has usage, the usage rows from theirs), under the account's lock.
 * Calls no API.
 */
@Component
public class Rebuild {

	private final WarehouseGuard guard;

	private final FetchHistory history;

	private final RunLock runLock;

	private final LivestreamSource source;

	private final UsageHistory usageHistory;

	private final DaywiseSource daywise;

	Rebuild(WarehouseGuard guard, FetchHistory history, RunLock runLock, LivestreamSource source,
			UsageHistory usageHistory, DaywiseSource daywise) {
		this.usageHistory = usageHistory;
		this.daywise = daywise;
		this.source = source;
		this.guard = guard;
		this.history = history;
		this.runLock = runLock;
	}

	public int run(DayRange range, PrintStream out, PrintStream err) throws InterruptedException {
		this.guard.checkConfiguration(false, true);
		this.guard.migrate();
		ZoneId zone = this.guard.zone();
		String account = this.guard.properties().accountId();
		Duration wait = this.guard.properties().lock().waitFor();
		Optional<RunLock.Held> lock = this.runLock.acquire(account,
				"rtk-warehouse rebuild " + range + " pid " + ProcessHandle.current().pid(), wait);
		if (lock.isEmpty()) {
			err.println("error: " + this.runLock.refusal(account, "writing", wait));
			return ExitCodes.LOCKED;
		}
		try (RunLock.Held held = lock.get()) {
			int rows = this.history.rebuild(account, range.from(), range.to(), this.guard.finalBefore(zone),
					this.source::numbersOf);
			String usage = "";
			if (this.guard.properties().datasets().contains(Dataset.USAGE)) {
				int usageRows = this.usageHistory.rebuild(account, range, this.guard.finalBefore(zone),
						this.daywise::usageOf);
				usage = ", " + usageRows + " usage row(s) from rtk.usage_fetch";
			}
			out.println("rebuild " + range + ": " + rows + " daily row(s) rebuilt from the raw answers" + usage);
			return ExitCodes.OK;
		}
	}

}
