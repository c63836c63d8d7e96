package io.rtkwarehouse.dataset.livestreams;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.rtkwarehouse.source.Strict;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code data} of an {@code overall} answer: the numbers of one window. A number the
 * API left out is {@code null}: unknown, never zero.
 */
record LivestreamNumbers(@JsonProperty("count") @JsonDeserialize(using = Strict.Count.class) Long livestreamCount,
		@JsonProperty("total_ingest_seconds") @JsonDeserialize(using = Strict.Count.class) Long totalIngestSeconds,
		@JsonProperty("total_viewer_seconds") @JsonDeserialize(using = Strict.Count.class) Long totalViewerSeconds) {

	/** Whether any number is there and not zero. */
	boolean anyNumber() {
		return positive(this.livestreamCount) || positive(this.totalIngestSeconds) || positive(this.totalViewerSeconds);
	}

	private static boolean positive(Long number) {
		return number != null && number != 0;
	}

}
