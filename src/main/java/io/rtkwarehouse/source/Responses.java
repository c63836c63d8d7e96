package io.rtkwarehouse.source;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import tools.jackson.databind.annotation.JsonNaming;

/** Response bodies of the API, as far as this project reads them. */
final class Responses {

	private Responses() {
	}

	/**
	 * What is read of an {@code overall} answer by mapping; its numbers by
	 * {@link StrictNumbers}.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Overall(Boolean success) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Apps(Boolean success, List<AppInfo> data, Paging paging) {
	}

	@JsonNaming(SnakeCaseStrategy.class)
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Paging(Long startOffset, Long endOffset, Long totalCount) {
	}

}
