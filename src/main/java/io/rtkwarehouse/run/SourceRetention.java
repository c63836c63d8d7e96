package io.rtkwarehouse.run;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.window.DayRange;

/**
 * How far a range reaches past the source's retention ({@code rtk.source-retention}):
 * days the API may answer with zeros that mean "no longer known".
 */
final class SourceRetention {

	private SourceRetention() {
	}

	/** The first day the source still keeps, or empty when the setting is off. */
	static Optional<LocalDate> horizon(RtkProperties account, Clock clock) {
		Duration retention = account.sourceRetention();
		if (retention.isZero()) {
			return Optional.empty();
		}
		return Optional.of(LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(retention.toDays()));
	}

	/** A note when the range reaches past retention, saying how far; else empty. */
	static Optional<String> note(RtkProperties account, DayRange range, Clock clock) {
		return horizon(account, clock).filter(range.from()::isBefore).map((horizon) -> {
			long days = ChronoUnit.DAYS.between(range.from(),
					range.to().isBefore(horizon) ? range.to().plusDays(1) : horizon);
			return "note: " + days + " day(s) of " + range + " are past the source's retention (rtk.source-retention="
					+ account.sourceRetention().toDays() + "d: before " + horizon + "); the API may answer them with"
					+ " zeros, which never overwrite numbers already stored";
		});
	}

}
