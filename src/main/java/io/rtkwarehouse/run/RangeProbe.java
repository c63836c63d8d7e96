package io.rtkwarehouse.run;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.source.AppInfo;
import io.rtkwarehouse.source.Outcome;

import org.springframework.stereotype.Component;

/**
 * Asks one app for windows whose answer shows whether the API reads the range: a day that
 * cannot hold data (before the app existed, or long past) must answer zeros; numbers
 * there mean the range was ignored and the answer is a total over some other span.
 */
@Component
class RangeProbe {

	/** A day before RealtimeKit existed: no app has data there. */
	static final LocalDate LONG_PAST = LocalDate.of(2000, 1, 3);

	private final Datasets datasets;

	private final Clock clock;

	RangeProbe(Datasets datasets, Clock clock) {
		this.datasets = datasets;
		this.clock = clock;
	}

	/** What a window's answer showed. */
	enum Reading {

		/** Zeros where no data can be, or numbers where data may be. */
		ZEROS, NUMBERS,
		/** A 4xx: the API did not accept the request as sent. */
		REFUSED,
		/** No answer to judge: a 5xx, a timeout, a body that did not read. */
		FAILED,
		/** No configured dataset can be asked for an arbitrary window. */
		NOT_ASKED;

	}

	/** One window's reading, with the status or error in words. */
	record Asked(Reading reading, String detail) {

	}

	/**
	 * The first day of the app, or null when its creation time is not given or not read.
	 */
	static LocalDate created(AppInfo app) {
		if (app.createdAt() == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(app.createdAt()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			try {
				return Instant.parse(app.createdAt()).atZone(ZoneOffset.UTC).toLocalDate();
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	/**
	 * The UTC day that cannot hold data: two days before the app's creation, or a day in
	 * 2000 when its creation is not known.
	 */
	static LocalDate emptyDay(AppInfo app) {
		LocalDate created = created(app);
		return (created != null) ? created.minusDays(2) : LONG_PAST;
	}

	/** The last whole UTC day. */
	LocalDate yesterday() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).minusDays(1);
	}

	/**
	 * Asks for the UTC days {@code [from, to]} of the app, in the account's time format.
	 */
	Asked ask(RtkProperties account, String appId, LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Optional<Outcome<Boolean>> outcome = this.datasets.all()
			.stream()
			.map((dataset) -> dataset.probe(account, appId, start, end))
			.flatMap(Optional::stream)
			.findFirst();
		if (outcome.isEmpty()) {
			return new Asked(Reading.NOT_ASKED, "no dataset can ask for a window");
		}
		Outcome<Boolean> answered = outcome.get();
		if (answered.loaded()) {
			return new Asked(answered.value() ? Reading.NUMBERS : Reading.ZEROS, "HTTP " + answered.httpStatus());
		}
		Integer status = answered.httpStatus();
		boolean refused = status != null && status >= 400 && status < 500 && status != 429;
		return new Asked(refused ? Reading.REFUSED : Reading.FAILED, answered.error());
	}

}
