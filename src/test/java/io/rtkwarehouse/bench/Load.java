package io.rtkwarehouse.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How much a run loads: so many apps over the days from..to (ISO dates). */
record Load(int apps, String from, String to) {

	long days() {
		return ChronoUnit.DAYS.between(LocalDate.parse(this.from), LocalDate.parse(this.to)) + 1;
	}

	/** One window per app and day. */
	long windows() {
		return this.apps * days();
	}

	@Override
	public String toString() {
		return this.apps + " apps x " + days() + " days";
	}

}
