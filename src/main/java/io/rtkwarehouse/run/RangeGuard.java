package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.run.RangeProbe.Asked;
import io.rtkwarehouse.source.ApiException;
import io.rtkwarehouse.source.AppInfo;

import org.springframework.stereotype.Component;

/**
 * Before a load, one request for a day that cannot hold data (before the first app
 * existed, or long past). An API that answers numbers there ignores the time range: every
 * day would get the same totals, and nothing would fail. Such a run stops before its job,
 * with nothing written.
 */
@Component
class RangeGuard {

	private final RangeProbe probe;

	RangeGuard(RangeProbe probe) {
		this.probe = probe;
	}

	/**
	 * @param listed the apps the listing gave (with their creation), possibly none
	 * @param apps the apps the run loads, at least one
	 * @throws ApiException when the day that cannot hold data answered numbers
	 */
	void check(RtkProperties account, List<AppInfo> listed, List<String> apps, PrintStream err) {
		AppInfo app = listed.stream()
			.filter((each) -> apps.contains(each.id()))
			.findFirst()
			.orElseGet(() -> new AppInfo(apps.get(0), null, null));
		LocalDate day = RangeProbe.emptyDay(app);
		Asked asked = this.probe.ask(account, app.id(), day, day);
		String format = "rtk.time-format=" + ApiCheck.name(account.timeFormat());
		switch (asked.reading()) {
			case NUMBERS -> throw new ApiException("the API ignored the time range: app " + app.id()
					+ " answered numbers for " + day + ", a day that cannot hold data (" + format
					+ "), so every day would get the same totals. Nothing was written. Check rtk.time-format with"
					+ " 'java -jar rtk-warehouse.jar check', which says which format the API honours.", true);
			case REFUSED -> err.println("warning: the API refused a time sent as " + format + " (" + asked.detail()
					+ "); 'java -jar rtk-warehouse.jar check' says which format it honours");
			default -> {
				// Zeros as they should be, or no answer: the run's own requests tell.
			}
		}
	}

}
