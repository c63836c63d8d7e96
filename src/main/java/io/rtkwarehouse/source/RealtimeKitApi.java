package io.rtkwarehouse.source;

import feign.Response;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The calls of the RealtimeKit API that this project makes. Each returns the raw response
 * so that every status and body, broken ones included, reaches {@link LivestreamSource}
 * intact.
 */
@FeignClient(name = "realtimekit", url = "${rtk.base-url}", configuration = RealtimeKitClientConfiguration.class)
interface RealtimeKitApi {

	@GetMapping("/accounts/{accountId}/realtime/kit/{appId}/analytics/livestreams/overall")
	Response livestreamsOverall(@PathVariable("accountId") String accountId, @PathVariable("appId") String appId,
			@RequestParam("start_time") String startTime, @RequestParam("end_time") String endTime);

	@GetMapping("/accounts/{accountId}/realtime/kit/{appId}/analytics/livestreams/daywise")
	Response livestreamsDaywise(@PathVariable("accountId") String accountId, @PathVariable("appId") String appId,
			@RequestParam("start_time") String startTime, @RequestParam("end_time") String endTime);

	@GetMapping("/accounts/{accountId}/realtime/kit/{appId}/analytics/daywise")
	Response usageDaywise(@PathVariable("accountId") String accountId, @PathVariable("appId") String appId,
			@RequestParam("start_date") String startDate, @RequestParam("end_date") String endDate);

	@GetMapping("/accounts/{accountId}/realtime/kit/apps")
	Response apps(@PathVariable("accountId") String accountId, @RequestParam("page_no") int pageNo,
			@RequestParam("per_page") int perPage);

}
