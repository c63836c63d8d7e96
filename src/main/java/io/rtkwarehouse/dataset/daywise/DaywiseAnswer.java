package io.rtkwarehouse.dataset.daywise;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.rtkwarehouse.source.Strict;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One entry of the {@code data} array of a livestream daywise answer: a date and its
 * numbers; {@code count} counts livestream sessions.
 */
record DaywiseAnswer(@JsonDeserialize(using = Strict.Date.class) LocalDate date,
		@JsonProperty("count") @JsonDeserialize(using = Strict.Count.class) Long sessions,
		@JsonProperty("total_ingest_seconds") @JsonDeserialize(using = Strict.Count.class) Long ingestSeconds,
		@JsonProperty("total_viewer_seconds") @JsonDeserialize(using = Strict.Count.class) Long viewerSeconds) {

}
