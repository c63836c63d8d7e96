package io.rtkwarehouse.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CloudflareQuotaTests {

	private final HttpClient client = HttpClient.newHttpClient();

	private ApiSimulator simulator;

	@BeforeEach
	void start() {
		this.simulator = ApiSimulator.start(0);
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void everyAnswerCarriesBothHeadersAndTheQuotaCountsDown() throws Exception {
		this.simulator.quota().limit(3, Duration.ofSeconds(60));

		HttpResponse<String> first = apps();
		HttpResponse<String> second = apps();

		assertThat(first.headers().firstValue("Ratelimit")).hasValue("\"default\";r=2;t=60");
		assertThat(first.headers().firstValue("Ratelimit-Policy")).hasValue("\"default\";q=3;w=60");
		assertThat(second.headers().firstValue("Ratelimit")).hasValue("\"default\";r=1;t=60");
	}

	@Test
	void goingOverIsRefusedWithRetryAfterUntilTheWindowResets() throws Exception {
		this.simulator.quota().limit(1, Duration.ofSeconds(30));

		apps();
		HttpResponse<String> over = apps();

		assertThat(over.statusCode()).isEqualTo(429);
		assertThat(over.headers().firstValue("Ratelimit")).hasValue("\"default\";r=0;t=30");
		assertThat(over.headers().firstValue("retry-after")).hasValue("30");
	}

	@Test
	void goingOverBlocksEveryRequestForTheBlockEvenInTheNextWindow() throws Exception {
		this.simulator.quota().limit(1, Duration.ofSeconds(1)).block(Duration.ofSeconds(5), false);

		apps();
		HttpResponse<String> over = apps();
		Thread.sleep(1200);
		HttpResponse<String> nextWindow = apps();

		assertThat(over.statusCode()).isEqualTo(429);
		assertThat(over.headers().firstValue("retry-after")).isEmpty();
		assertThat(over.headers().firstValue("Ratelimit")).hasValue("\"default\";r=0;t=5");
		assertThat(nextWindow.statusCode()).isEqualTo(429);
	}

	@Test
	void theNeighbourSpendsTheSameQuotaAndItsRefusalsAreCounted() throws Exception {
		this.simulator.quota().limit(5, Duration.ofSeconds(60)).neighbour(20);

		Thread.sleep(500);
		HttpResponse<String> answer = apps();

		assertThat(answer.statusCode()).isEqualTo(429);
		assertThat(this.simulator.quota().neighbourRequests()).isGreaterThanOrEqualTo(9);
		assertThat(this.simulator.quota().neighbourRefused()).isGreaterThanOrEqualTo(4);
		assertThat(this.simulator.stats().json()).contains("\"neighbour_too_many_requests\":");
	}

	@Test
	void theStatsCountTheAcceptedRequestsOfEachWindowOursAndTheNeighbours() throws Exception {
		this.simulator.quota().limit(3, Duration.ofSeconds(1)).neighbour(2);

		apps();
		apps();
		Thread.sleep(1100);
		apps();

		String json = this.simulator.stats().json();
		assertThat(json).contains("\"quota_windows\":[[0,2,");
		assertThat(json).containsPattern("\\],\\[1,1,[0-2]\\]");
		assertThat(json).containsPattern("\\[0,2,[01]\\]");
	}

	@Test
	void withoutAQuotaNoHeaderComes() throws Exception {
		assertThat(apps().headers().firstValue("Ratelimit")).isEmpty();
	}

	private HttpResponse<String> apps() throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI
				.create(this.simulator.baseUrl() + "/accounts/" + ApiSimulator.DEFAULT_ACCOUNT + "/realtime/kit/apps"))
			.header("Authorization", "Bearer " + ApiSimulator.DEFAULT_TOKEN)
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
