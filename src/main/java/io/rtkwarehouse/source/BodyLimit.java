package io.rtkwarehouse.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import feign.Response;
import io.rtkwarehouse.config.Units;

import org.springframework.util.unit.DataSize;

/**
 * Reads the body of an answer, never more of it than {@code rtk.http.max-body-size}: a
 * broken proxy or a hostile server must not fill the heap. A larger body is not read
 * beyond the limit, or not at all when its Content-Length says so.
 */
final class BodyLimit {

	private final int maxBytes;

	private final String tooLarge;

	BodyLimit(DataSize maxBodySize) {
		// RtkProperties keeps the setting far below this bound before any request.
		this.maxBytes = (int) Math.min(maxBodySize.toBytes(), Integer.MAX_VALUE - 16);
		this.tooLarge = "the answer is larger than rtk.http.max-body-size (" + Units.size(maxBodySize) + ")";
	}

	/**
	 * The body as text, {@code ""} when there is none.
	 * @return {@code null} when it is larger than the limit
	 */
	String read(Response response) throws IOException {
		Response.Body body = response.body();
		if (body == null) {
			return "";
		}
		if (body.length() != null && body.length() > this.maxBytes) {
			return null;
		}
		try (InputStream in = body.asInputStream()) {
			byte[] bytes = in.readNBytes(this.maxBytes + 1);
			return (bytes.length > this.maxBytes) ? null : new String(bytes, StandardCharsets.UTF_8);
		}
	}

	/** Why a body that {@link #read} did not return failed its answer. */
	String tooLarge() {
		return this.tooLarge;
	}

}
