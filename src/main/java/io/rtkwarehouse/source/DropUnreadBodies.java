package io.rtkwarehouse.source;

import java.io.IOException;

import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * A body closed before its end drops its connection. OkHttp would read on for up to 100
 * ms to keep the connection for another request: megabytes of an answer that
 * {@link BodyLimit} has just refused as too large.
 */
class DropUnreadBodies implements Interceptor {

	@Override
	public Response intercept(Chain chain) throws IOException {
		Response response = chain.proceed(chain.request());
		ResponseBody body = response.body();
		if (body == null || body.contentLength() == 0) {
			return response;
		}
		return response.newBuilder().body(new Watched(body, chain.call())).build();
	}

	private static final class Watched extends ResponseBody {

		private final ResponseBody body;

		private final Call call;

		private final BufferedSource source;

		private volatile boolean ended;

		Watched(ResponseBody body, Call call) {
			this.body = body;
			this.call = call;
			this.source = Okio.buffer(new ForwardingSource(body.source()) {
				@Override
				public long read(Buffer sink, long byteCount) throws IOException {
					long read = super.read(sink, byteCount);
					if (read == -1) {
						Watched.this.ended = true;
					}
					return read;
				}
			});
		}

		@Override
		public MediaType contentType() {
			return this.body.contentType();
		}

		@Override
		public long contentLength() {
			return this.body.contentLength();
		}

		@Override
		public BufferedSource source() {
			return this.source;
		}

		@Override
		public void close() {
			if (!this.ended) {
				this.call.cancel();
			}
			try {
				this.source.close();
			}
			catch (IOException ex) {
				// Cancelled, or the connection failed: either way it is gone.
			}
		}

	}

}
