package io.rtkwarehouse.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The numbers of one window, as the API answered them. A number the API left out is
 * {@code null}: unknown, never zero.
 */
@JsonNaming(SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LivestreamNumbers(@JsonProperty("count") Long livestreamCount, Long totalIngestSeconds,
		Long totalViewerSeconds) {

	/**
	 * The first negative number's name, or {@code null} when every known number is valid.
	 */
	String negativeField() {
		if (this.livestreamCount != null && this.livestreamCount < 0) {
			return "count";
		}
		if (this.totalIngestSeconds != null && this.totalIngestSeconds < 0) {
			return "total_ingest_seconds";
		}
		if (this.totalViewerSeconds != null && this.totalViewerSeconds < 0) {
			return "total_viewer_seconds";
		}
		return null;
	}

}
