package io.rtkwarehouse.source;

import java.util.Map;

import feign.Response;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The calls of the RealtimeKit API this project makes: the apps, and the analytics of one
 * app at a path below it that each dataset names. Each returns the raw response, so that
 * every status and body, broken ones included, reaches {@link ApiCalls} intact; each
 * carries the token of the account it is made for.
 */
@FeignClient(name = "realtimekit", url = "${rtk.base-url}", configuration = RealtimeKitClientConfiguration.class)
interface RealtimeKitApi {

	/**
	 * @param endpoint the path below the app, such as
	 * {@code analytics/livestreams/overall} (its slashes are kept)
	 */
	@GetMapping("/accounts/{accountId}/realtime/kit/{appId}/{endpoint}")
	Response app(@RequestHeader("Authorization") String authorization, @PathVariable("accountId") String accountId,
			@PathVariable("appId") String appId, @PathVariable("endpoint") String endpoint,
			@RequestParam Map<String, String> query);

	@GetMapping("/accounts/{accountId}/realtime/kit/apps")
	Response apps(@RequestHeader("Authorization") String authorization, @PathVariable("accountId") String accountId,
			@RequestParam("page_no") int pageNo, @RequestParam("per_page") int perPage);

}
