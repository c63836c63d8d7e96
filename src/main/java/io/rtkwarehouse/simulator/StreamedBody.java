package io.rtkwarehouse.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * A response body as it is written: whole, padded to a huge size without ever being held
 * in memory, or trickled a byte at a time. Huge and trickled bodies stay valid JSON, so
 * that a client which reads them all gets a proper answer, only too big or too late.
 */
abstract sealed class StreamedBody {

	private static final byte[] PADDING = filled(64 * 1024, 'x');

	private static final byte[] PADDING_START = ",\"padding\":\"".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PADDING_END = "\"}".getBytes(StandardCharsets.US_ASCII);

	/** Bytes it writes in all. */
	abstract long length();

	abstract void writeTo(OutputStream out) throws IOException, InterruptedException;

	static StreamedBody whole(String body) {
		return new Whole(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * This JSON object with a {@code padding} string member added at its end, so that it
	 * is {@code bytes} long; an object that is already that long is sent as it is.
	 */
	static StreamedBody padded(String object, long bytes) {
		byte[] json = object.getBytes(StandardCharsets.UTF_8);
		if (json.length == 0 || json[json.length - 1] != '}') {
			throw new IllegalArgumentException("not a JSON object: " + object);
		}
		byte[] head = Arrays.copyOf(json, json.length - 1);
		long padding = bytes - head.length - PADDING_START.length - PADDING_END.length;
		return (padding < 0) ? new Whole(json) : new Padded(head, padding);
	}

	/**
	 * This body after a space sent every {@code every} for {@code total}: the body comes
	 * late, but no read timeout between bytes longer than {@code every} fires.
	 */
	static StreamedBody trickled(String body, Duration total, Duration every) {
		long spaces = Math.max(1, total.toNanos() / every.toNanos());
		return new Trickled(body.getBytes(StandardCharsets.UTF_8), spaces, every);
	}

	private static byte[] filled(int length, char c) {
		byte[] bytes = new byte[length];
		Arrays.fill(bytes, (byte) c);
		return bytes;
	}

	private static final class Whole extends StreamedBody {

		private final byte[] bytes;

		Whole(byte[] bytes) {
			this.bytes = bytes;
		}

		@Override
		long length() {
			return bytes.length;
		}

		@Override
		void writeTo(OutputStream out) throws IOException {
			out.write(bytes);
		}

	}

	private static final class Padded extends StreamedBody {

		private final byte[] head;

		private final long padding;

		Padded(byte[] head, long padding) {
			this.head = head;
			this.padding = padding;
		}

		@Override
		long length() {
			return head.length + PADDING_START.length + padding + PADDING_END.length;
		}

		@Override
		void writeTo(OutputStream out) throws IOException {
			out.write(head);
			out.write(PADDING_START);
			for (long left = padding; left > 0; left -= PADDING.length) {
				out.write(PADDING, 0, (int) Math.min(left, PADDING.length));
			}
			out.write(PADDING_END);
		}

	}

	private static final class Trickled extends StreamedBody {

		private final byte[] body;

		private final long spaces;

		private final Duration every;

		Trickled(byte[] body, long spaces, Duration every) {
			this.body = body;
			this.spaces = spaces;
			this.every = every;
		}

		@Override
		long length() {
			return spaces + body.length;
		}

		@Override
		void writeTo(OutputStream out) throws IOException, InterruptedException {
			for (long i = 0; i < spaces; i++) {
				out.write(' ');
				out.flush();
				TimeUnit.NANOSECONDS.sleep(every.toNanos());
			}
			out.write(body);
		}

	}

}
