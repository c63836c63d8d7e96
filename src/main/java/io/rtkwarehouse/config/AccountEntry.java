package io.rtkwarehouse.config;

import java.time.Duration;
import java.util.List;

/**
 * One entry of {@code rtk.accounts}: an account with its own token, and optionally its
 * own apps, zone, lookback and rate settings (unset: the top-level ones).
 *
 * @param id the Cloudflare account id (required)
 * @param apiToken its API token (required); accounts that share a token share one request
 * budget
 */
public record AccountEntry(String id, String apiToken, List<String> apps, String zone, Integer lookbackDays,
		Rate rate) {

	/** The {@code rate.*} settings this account sets, each null when left to the top. */
	public record Rate(String requestsPerSecond, Integer concurrency, Duration pauseWithoutRetryAfter, Double reserve,
			Duration maxPause) {

		/** These settings over {@code top}. */
		RtkProperties.Rate over(RtkProperties.Rate top) {
			return new RtkProperties.Rate(
					(this.requestsPerSecond != null) ? this.requestsPerSecond : top.requestsPerSecond(),
					(this.concurrency != null) ? this.concurrency : top.concurrency(),
					(this.pauseWithoutRetryAfter != null) ? this.pauseWithoutRetryAfter : top.pauseWithoutRetryAfter(),
					(this.reserve != null) ? this.reserve : top.reserve(),
					(this.maxPause != null) ? this.maxPause : top.maxPause());
		}

	}

	@Override
	public String toString() {
		// The token must never reach a log line, not even through toString().
		return "AccountEntry[id=" + this.id + ", apps=" + this.apps + ", zone=" + this.zone + ", lookbackDays="
				+ this.lookbackDays + ", rate=" + this.rate + ", apiToken="
				+ ((this.apiToken == null || this.apiToken.isBlank()) ? "<unset>" : "<redacted>") + "]";
	}

}
