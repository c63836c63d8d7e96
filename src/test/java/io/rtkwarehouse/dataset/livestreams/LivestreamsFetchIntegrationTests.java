package io.rtkwarehouse.dataset.livestreams;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.rtkwarehouse.IntegrationTest;
import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.dataset.Fetched;
import io.rtkwarehouse.dataset.Request;
import io.rtkwarehouse.source.Answer;
import io.rtkwarehouse.source.ApiAuthorizationException;
import io.rtkwarehouse.source.ApiException;
import io.rtkwarehouse.source.AppInfo;
import io.rtkwarehouse.source.RealtimeKit;
import io.rtkwarehouse.window.DayRange;
import io.rtkwarehouse.TestApi;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.Bodies;
import io.rtkwarehouse.simulator.ApiSimulator.RecordedRequest;
import io.rtkwarehouse.simulator.ScriptedAnswers;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class LivestreamsFetchIntegrationTests {

	private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

	@Autowired
	private Livestreams livestreams;

	@Autowired
	private RealtimeKit source;

	@Autowired
	private ConfiguredAccounts accounts;

	private ApiSimulator api;

	private ScriptedAnswers scripted;

	private String app;

	private DayWindow window;

	@BeforeEach
	void resetApi() {
		this.api = TestApi.reset();
		this.scripted = TestApi.scripted();
		this.app = this.api.apps().get(0).id();
		this.window = DayWindow.of(this.app, DAY, ZoneOffset.UTC);
	}

	@Test
	void sendsTheBearerTokenAndTheWindowAsUnixSeconds() {
		Result result = fetch(this.window);

		RecordedRequest request = this.api.stats().recorded().get(this.api.stats().recorded().size() - 1);
		assertThat(request.path()).isEqualTo("/client/v4/accounts/" + ApiSimulator.DEFAULT_ACCOUNT + "/realtime/kit/"
				+ this.app + "/analytics/livestreams/overall");
		assertThat(request.authorization()).isEqualTo("Bearer " + ApiSimulator.DEFAULT_TOKEN);
		assertThat(request.query()).containsOnly(entry("start_time", "1740787200"), entry("end_time", "1740873600"));
		assertThat(result.loaded()).isTrue();
		assertThat(result.attempts()).isEqualTo(1);
	}

	@Test
	void returnsTheNumbersOfTheWindow() {
		Result result = fetch(this.window);

		ApiSimulator.Numbers expected = ApiSimulator.numbers(this.app, 1740787200, 1740873600);
		assertThat(result.numbers()).isEqualTo(
				new LivestreamNumbers(expected.count(), expected.totalIngestSeconds(), expected.totalViewerSeconds()));
	}

	@Test
	void keepsAMissingNumberUnknownRatherThanZero() {
		this.scripted.setNumbers(this.app, 1740787200, new ApiSimulator.Numbers(4L, null, null));

		Result result = fetch(this.window);

		assertThat(result.loaded()).isTrue();
		assertThat(result.numbers()).isEqualTo(new LivestreamNumbers(4L, null, null));
	}

	@Test
	void carriesStatusCodeAndMessageOfTheV4ErrorShape() {
		this.scripted.failWindow(this.app, 1740787200, Integer.MAX_VALUE, 400, Bodies.errorsBody(7001, "bad filter"));

		Result result = fetch(this.window);

		assertThat(result.loaded()).isFalse();
		assertThat(result.httpStatus()).isEqualTo(400);
		assertThat(result.error()).isEqualTo("HTTP 400 (code 7001: bad filter)");
		assertThat(result.attempts()).isEqualTo(1);
	}

	@Test
	void carriesStatusCodeAndMessageOfRealtimeKitsErrorShape() {
		this.scripted.failWindow(this.app, 1740787200, Integer.MAX_VALUE, 422,
				Bodies.errorBody(422, "end before start"));

		Result result = fetch(this.window);

		assertThat(result.error()).isEqualTo("HTTP 422 (code 422: end before start)");
	}

	@Test
	void carriesTheBareMessageShape() {
		this.scripted.failWindow(this.app, 1740787200, Integer.MAX_VALUE, 404, Bodies.messageBody("Not here"));

		Result result = fetch(this.window);

		assertThat(result.error()).isEqualTo("HTTP 404 (Not here)");
		assertThat(result.attempts()).isEqualTo(1);
	}

	@Test
	void aSuccessFalseAnswerIsAFailedWindowNotZeros() {
		this.scripted.failWindow(this.app, 1740787200, Integer.MAX_VALUE, 200,
				"{\"success\":false,\"errors\":[{\"code\":1000,\"message\":\"Internal processing error\"}]}");

		Result result = fetch(this.window);

		assertThat(result.loaded()).isFalse();
		assertThat(result.numbers()).isNull();
		assertThat(result.error()).isEqualTo("success: false (code 1000: Internal processing error)");
	}

	@Test
	void aNegativeNumberIsAFailedWindow() {
		this.scripted.failWindow(this.app, 1740787200, Integer.MAX_VALUE, 200,
				"{\"success\":true,\"data\":{\"count\":-1,\"total_ingest_seconds\":5}}");

		Result result = fetch(this.window);

		assertThat(result.loaded()).isFalse();
		assertThat(result.error()).startsWith("data.count is negative");
	}

	@Test
	void aCutOffBodyIsRetriedThenFails() {
		this.scripted.failWindow(this.app, 1740787200, Integer.MAX_VALUE, 200, "{\"success\":true,\"data\":{\"cou");

		Result result = fetch(this.window);

		assertThat(result.loaded()).isFalse();
		assertThat(result.error()).startsWith("body is not valid JSON");
		assertThat(result.attempts()).isEqualTo(5);
		assertThat(this.api.stats().requests(this.app, 1740787200)).isEqualTo(5);
	}

	@Test
	void aServerErrorIsRetriedUntilItSucceeds() {
		this.scripted.failWindow(this.app, 1740787200, 2, 503, Bodies.errorsBody(10000, "overloaded"));

		Result result = fetch(this.window);

		assertThat(result.loaded()).isTrue();
		assertThat(result.attempts()).isEqualTo(3);
	}

	@Test
	void aRefusedTokenStopsWithTheNeededPermission() {
		this.api.token("another-token");

		assertThatExceptionOfType(ApiAuthorizationException.class).isThrownBy(() -> fetch(this.window))
			.withMessageContaining("HTTP 401")
			.withMessageContaining("\"Realtime\" or \"Realtime Admin\"")
			.withMessageNotContaining(ApiSimulator.DEFAULT_TOKEN);
	}

	@Test
	void discoversEveryAppAcrossPages() {
		this.api.apps(ApiSimulator.apps(120));

		List<AppInfo> apps = this.source.apps(this.accounts.defaults());

		assertThat(apps).extracting(AppInfo::id)
			.containsExactlyInAnyOrderElementsOf(this.api.apps().stream().map(ApiSimulator.App::id).toList());
		assertThat(this.api.stats().appsRequests()).isEqualTo(3);
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void aBodyLargerThanTheLimitIsAFailedWindowThatKeepsNoBodyAndIsNotRetried(boolean chunked) {
		this.api.hugeBodyShare(1).hugeBodyBytes(50L * 1024 * 1024).chunked(chunked);

		Result result = fetch(this.window);

		assertThat(result.loaded()).isFalse();
		assertThat(result.error()).isEqualTo("the answer is larger than rtk.http.max-body-size (1 MB)");
		assertThat(result.httpStatus()).isEqualTo(200);
		assertThat(result.answers()).singleElement().satisfies((answer) -> {
			assertThat(answer.body()).isNull();
		});
		assertThat(this.api.stats().requests(this.app, 1740787200)).isOne();
	}

	@Test
	void anAnswerWithoutContentLengthWithinTheLimitLoads() {
		this.api.chunked(true);

		Result result = fetch(this.window);

		assertThat(result.loaded()).isTrue();
		assertThat(result.numbers().livestreamCount())
			.isEqualTo(ApiSimulator.numbers(this.app, 1740787200, 1740873600).count());
	}

	@Test
	void aListingPageLargerThanTheLimitFailsTheListingAndSaysWhy() {
		this.api.hugeBodyShare(1).chunked(true);

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> this.source.apps(this.accounts.defaults()))
			.withMessageEndingWith("(listing its apps): the answer is larger than rtk.http.max-body-size (1 MB)");
		assertThat(this.api.stats().appsRequests()).isOne();
	}

	private static java.util.Map.Entry<String, String> entry(String key, String value) {
		return java.util.Map.entry(key, value);
	}

	/** The read timeout of the tests (2 s), a call timeout of 3 s and one retry. */
	@Nested
	@TestPropertySource(properties = { "rtk.http.call-timeout=3s", "rtk.retry.max-attempts=2" })
	class WithShortTimeouts {

		@Test
		void aBodyTricklingPastTheCallTimeoutFailsAsACallTimeoutAfterItsRetry() {
			LivestreamsFetchIntegrationTests.this.api.trickleShare(1)
				.trickleFor(Duration.ofSeconds(30))
				.trickleEvery(Duration.ofMillis(200));
			long began = System.nanoTime();

			Result result = fetch();

			assertThat(result.error()).isEqualTo("no complete answer within rtk.http.call-timeout (3 s)");
			assertThat(result.attempts()).isEqualTo(2);
			// Two attempts of 3 s each and a backoff, far from the 30 s of the body.
			assertThat(Duration.ofNanos(System.nanoTime() - began)).isBetween(Duration.ofSeconds(5),
					Duration.ofSeconds(20));
		}

		@Test
		void anAnswerSlowerThanTheReadTimeoutFailsAsAReadTimeout() {
			LivestreamsFetchIntegrationTests.this.api.slowShare(1).slowDelay(Duration.ofSeconds(4));

			Result result = fetch();

			assertThat(result.error()).isEqualTo("no answer within rtk.http.read-timeout (2 s)");
			assertThat(result.attempts()).isEqualTo(2);
		}

		@Test
		void aBodyThatStallsForLongerThanTheReadTimeoutFailsAsAReadTimeout() {
			LivestreamsFetchIntegrationTests.this.api.chunked(true)
				.trickleShare(1)
				.trickleFor(Duration.ofSeconds(12))
				.trickleEvery(Duration.ofSeconds(4));

			Result result = fetch();

			assertThat(result.error()).isEqualTo("no answer within rtk.http.read-timeout (2 s)");
			assertThat(result.attempts()).isEqualTo(2);
		}

		private Result fetch() {
			return LivestreamsFetchIntegrationTests.this.fetch(LivestreamsFetchIntegrationTests.this.window);
		}

	}

	@Nested
	@TestPropertySource(properties = "rtk.time-format=iso-8601")
	class WithTheOlderContract {

		@Test
		void sendsTheWindowAsIsoInstants() {
			LivestreamsFetchIntegrationTests.this.api.timeFormat(ApiSimulator.TimeFormat.ISO_8601);

			Result result = LivestreamsFetchIntegrationTests.this.fetch(LivestreamsFetchIntegrationTests.this.window);

			List<RecordedRequest> recorded = LivestreamsFetchIntegrationTests.this.api.stats().recorded();
			assertThat(recorded.get(recorded.size() - 1).query())
				.containsOnly(entry("start_time", "2025-03-01T00:00:00Z"), entry("end_time", "2025-03-02T00:00:00Z"));
			assertThat(result.loaded()).isTrue();
		}

	}

	private Result fetch(DayWindow window) {
		Fetched<LivestreamDays> fetched = this.livestreams.fetch(this.accounts.defaults(), new Request(
				ApiSimulator.DEFAULT_ACCOUNT, window.appId(), new DayRange(window.day(), window.day()), window.zone()));
		return new Result(fetched);
	}

	/** What a fetch came to, as the assertions read it. */
	private record Result(Fetched<LivestreamDays> fetched) {

		boolean loaded() {
			return this.fetched.loaded();
		}

		LivestreamNumbers numbers() {
			return this.fetched.value().days().get(0).numbers();
		}

		Integer httpStatus() {
			return this.fetched.outcome().httpStatus();
		}

		String error() {
			return this.fetched.outcome().error();
		}

		int attempts() {
			return this.fetched.outcome().attempts();
		}

		List<Answer> answers() {
			return this.fetched.outcome().answers();
		}

	}

}
