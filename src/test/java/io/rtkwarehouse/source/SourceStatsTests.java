package io.rtkwarehouse.source;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rtkwarehouse.config.BoundProperties;
import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.RtkProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each token counts its own requests, each account's run on it starts its own count, and
 * the quota gauge of the process is one, over every token.
 */
class SourceStatsTests {

	private static final String A = "0000000000000000000000000000000a";

	private static final String B = "0000000000000000000000000000000b";

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final ConfiguredAccounts accounts = new ConfiguredAccounts(BoundProperties.of("rtk.account-id", "",
			"rtk.api-token", "", "rtk.accounts[0].id", A, "rtk.accounts[0].api-token", "token-a", "rtk.accounts[1].id",
			B, "rtk.accounts[1].api-token", "token-b"));

	private final RealtimeKit api = new RealtimeKit(null, this.accounts, this.registry, Clock.systemUTC(),
			new Departures());

	@Test
	void twoTokensCountApartAndOneGaugeShowsTheLowestQuotaLeftOfEither() {
		SourceStats a = this.api.stats(account(A));
		SourceStats b = this.api.stats(account(B));
		a.request(200, 1_000_000);
		a.quota(new QuotaHeaders.Quota("default", 900, 30, 1200L, 300L));
		b.request(200, 1_000_000);
		b.request(200, 1_000_000);
		b.quota(new QuotaHeaders.Quota("default", 40, 30, 1200L, 300L));

		assertThat(a.requests()).isEqualTo(1);
		assertThat(b.requests()).isEqualTo(2);
		assertThat(this.registry.find("rtk.api.quota.remaining").gauges()).singleElement()
			.satisfies((gauge) -> assertThat(gauge.value()).isEqualTo(40.0));
	}

	@Test
	void theNextAccountsRunOnATokenCountsItsOwnRequestsWhileTheTokensQuotaGoesOn() {
		SourceStats token = this.api.stats(account(A));
		token.request(429, 1_000_000);
		token.retry();
		token.rateLimited();
		token.paused(Duration.ofSeconds(2));
		token.quota(new QuotaHeaders.Quota("default", 10, 30, 1200L, 300L));

		token.reset();
		token.request(200, 1_000_000);
		token.quota(new QuotaHeaders.Quota("default", 500, 30, 1200L, 300L));

		assertThat(token.requests()).isEqualTo(1);
		assertThat(token.retries()).isZero();
		assertThat(token.tooManyRequests()).isZero();
		assertThat(token.paused()).isZero();
		assertThat(token.lowestQuotaRemaining()).isEqualTo(500);
		assertThat(token.quotaPolicy()).isEqualTo("1200 per 300 s");
		assertThat(token.quotaRemaining()).isEqualTo(500);
		// The meters are the process's: they go on.
		assertThat(this.registry.get("rtk.api.retries").counter().count()).isEqualTo(1.0);
		assertThat(this.registry.get("rtk.api.rate.limited").counter().count()).isEqualTo(1.0);
	}

	private RtkProperties account(String id) {
		return this.accounts.settings(id);
	}

}
