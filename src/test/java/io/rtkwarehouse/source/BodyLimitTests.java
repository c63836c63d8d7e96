package io.rtkwarehouse.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import feign.Request;
import feign.Response;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class BodyLimitTests {

	private final BodyLimit limit = new BodyLimit(DataSize.ofKilobytes(1));

	@Test
	void aBodyUpToTheLimitIsReadWhole() throws IOException {
		String body = "{\"success\":true,\"padding\":\"" + "x".repeat(1024 - 29) + "\"}";

		assertThat(body).hasSize(1024);
		assertThat(this.limit.read(response(new Endless(body), body.length()))).isEqualTo(body);
		assertThat(this.limit.read(response(new Endless(body), null))).isEqualTo(body);
	}

	@Test
	void aBodyWhoseContentLengthIsOverTheLimitIsNotReadAtAll() throws IOException {
		Endless stream = new Endless(null);

		assertThat(this.limit.read(response(stream, 1025))).isNull();
		assertThat(stream.read).isZero();
	}

	@Test
	void aBodyWithoutContentLengthIsReadOneByteBeyondTheLimitAndNoFurther() throws IOException {
		Endless stream = new Endless(null);

		assertThat(this.limit.read(response(stream, null))).isNull();
		assertThat(stream.read).isEqualTo(1025);
		assertThat(stream.closed).isTrue();
	}

	@Test
	void noBodyIsAnEmptyOne() throws IOException {
		assertThat(this.limit.read(response(null, null))).isEmpty();
	}

	@Test
	void theReasonNamesTheSettingAndItsValue() {
		assertThat(new BodyLimit(DataSize.ofMegabytes(1)).tooLarge())
			.isEqualTo("the answer is larger than rtk.http.max-body-size (1 MB)");
	}

	private static Response response(InputStream body, Integer length) {
		Request request = Request.create(Request.HttpMethod.GET, "http://127.0.0.1/", Map.of(), null,
				StandardCharsets.UTF_8, null);
		Response.Builder response = Response.builder().status(200).request(request).headers(Map.of());
		return ((body != null) ? response.body(body, length) : response).build();
	}

	/** This text, or else 'x' without end; counts what was read. */
	private static final class Endless extends InputStream {

		private final byte[] text;

		private long read;

		private boolean closed;

		Endless(String text) {
			this.text = (text != null) ? text.getBytes(StandardCharsets.UTF_8) : null;
		}

		@Override
		public int read() {
			if (this.text == null) {
				this.read++;
				return 'x';
			}
			return (this.read < this.text.length) ? this.text[(int) this.read++] : -1;
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
