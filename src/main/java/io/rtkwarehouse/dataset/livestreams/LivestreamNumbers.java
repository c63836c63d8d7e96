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

}
