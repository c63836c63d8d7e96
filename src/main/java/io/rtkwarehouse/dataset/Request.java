package io.rtkwarehouse.dataset;

import java.time.ZoneId;

import io.rtkwarehouse.window.DayRange;

/**
 * One request of a dataset: an app and a run of consecutive days, for an account whose
 * days are in {@code zone}.
 */
public record Request(String accountId, String appId, DayRange days, ZoneId zone) {

	@Override
	public String toString() {
		return "app " + this.appId + " " + (this.days.days() == 1 ? "day " + this.days.from() : "days " + this.days);
	}

}
