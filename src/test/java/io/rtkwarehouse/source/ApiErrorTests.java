package io.rtkwarehouse.source;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ApiErrorTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void readsTheCloudflareV4Envelope() {
		ApiError error = ApiError.parse(this.mapper,
				"{\"success\":false,\"errors\":[{\"code\":971,\"message\":\"Please wait and consider throttling your request speed\"}],\"messages\":[],\"result\":null}");

		assertThat(error.code()).isEqualTo(971);
		assertThat(error.message()).isEqualTo("Please wait and consider throttling your request speed");
	}

	@Test
	void joinsSeveralV4Errors() {
		ApiError error = ApiError.parse(this.mapper,
				"{\"success\":false,\"errors\":[{\"code\":1,\"message\":\"first\"},{\"code\":2,\"message\":\"second\"}]}");

		assertThat(error.code()).isEqualTo(1);
		assertThat(error.message()).isEqualTo("first; second");
	}

	@Test
	void readsRealtimeKitsOwnErrorObject() {
		ApiError error = ApiError.parse(this.mapper,
				"{\"success\":false,\"error\":{\"code\":400,\"message\":\"Invalid start_time\"}}");

		assertThat(error.code()).isEqualTo(400);
		assertThat(error.message()).isEqualTo("Invalid start_time");
	}

	@Test
	void readsABareMessage() {
		ApiError error = ApiError.parse(this.mapper, "{\"message\":\"Unauthorized\"}");

		assertThat(error.code()).isNull();
		assertThat(error.message()).isEqualTo("Unauthorized");
		assertThat(error).hasToString("Unauthorized");
	}

	@Test
	void describesABodyThatIsNotJson() {
		ApiError error = ApiError.parse(this.mapper, "<html>502 Bad Gateway</html>");

		assertThat(error.message()).startsWith("body is not valid JSON").contains("502 Bad Gateway");
	}

	@Test
	void describesACutOffBody() {
		ApiError error = ApiError.parse(this.mapper, "{\"success\":false,\"errors\":[{\"code\":10");

		assertThat(error.message()).startsWith("body is not valid JSON");
	}

	@Test
	void describesAnEmptyBody() {
		assertThat(ApiError.parse(this.mapper, "").message()).isEqualTo("empty body");
	}

	@Test
	void shortensALongBody() {
		ApiError error = ApiError.parse(this.mapper, "{\"message\":\"" + "x".repeat(1000) + "\"}");

		assertThat(error.message()).hasSizeLessThan(310);
	}

	@Test
	void redactsABearerTokenWhereverItAppears() {
		assertThat(RedactingFeignLogger.redact("Authorization: Bearer abc.DEF-123_x"))
			.isEqualTo("Authorization: Bearer <redacted>");
	}

}
