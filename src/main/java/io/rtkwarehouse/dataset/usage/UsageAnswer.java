package io.rtkwarehouse.dataset.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.rtkwarehouse.source.Strict;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code data} of a {@code daywise} (get-org-analytics) answer: the sessions and the
 * recordings of each day it gives. A list that is absent or null gives no day.
 */
record UsageAnswer(@JsonProperty("session_stats") Stats<SessionDay> sessions,
		@JsonProperty("recording_stats") Stats<RecordingDay> recordings) {

	/** One list of days. */
	record Stats<D>(@JsonProperty("day_stats") List<D> dayStats) {

	}

	/** The sessions of one day: how many, and their minutes exactly as sent. */
	record SessionDay(@JsonDeserialize(using = Strict.Date.class) LocalDate day,
			@JsonProperty("total_sessions") @JsonDeserialize(using = Strict.Count.class) Long count,
			@JsonProperty("total_session_minutes") @JsonDeserialize(using = Strict.Amount.class) BigDecimal minutes) {

	}

	/** The recordings of one day: how many, and their minutes exactly as sent. */
	record RecordingDay(@JsonDeserialize(using = Strict.Date.class) LocalDate day,
			@JsonProperty("total_recordings") @JsonDeserialize(using = Strict.Count.class) Long count,
			@JsonProperty("total_recording_minutes") @JsonDeserialize(using = Strict.Amount.class) BigDecimal minutes) {

	}

}
