package io.rtkwarehouse.source;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import tools.jackson.databind.annotation.JsonNaming;

/** One page of the apps endpoint: its apps, and where it is in the whole list. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AppPage(List<AppInfo> data, Paging paging) {

	@JsonNaming(SnakeCaseStrategy.class)
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Paging(Long startOffset, Long endOffset, Long totalCount) {
	}

	/** Whether this page is the last one. */
	boolean last() {
		return this.data == null || this.data.isEmpty() || this.paging == null || this.paging.endOffset() == null
				|| this.paging.totalCount() == null || this.paging.endOffset() >= this.paging.totalCount();
	}

}
