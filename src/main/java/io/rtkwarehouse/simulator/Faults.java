package io.rtkwarehouse.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.Random;

/**
 * The random faults: shares of the answers that come out as 429, 5xx, success=false, a
 * cut-off body, a slow answer, a huge body or a trickling one, drawn from one seeded
 * sequence; and the retry-after header every 429 carries.
 */
final class Faults {

	private static final int[] SERVER_ERROR_STATUSES = { 500, 502, 503 };

	private volatile double serverErrorShare;

	private volatile double tooManyRequestsShare;

	private volatile int retryAfterSeconds = 1;

	private volatile double brokenBodyShare;

	private volatile double unsuccessfulShare;

	private volatile double slowShare;

	private volatile Duration slowDelay = Duration.ofSeconds(2);

	private volatile double hugeBodyShare;

	private volatile long hugeBodyBytes = 50L * 1024 * 1024;

	private volatile double trickleShare;

	private volatile Duration trickleFor = Duration.ofSeconds(30);

	private volatile Duration trickleEvery = Duration.ofMillis(500);

	private final Object randomLock = new Object();

	private Random random = new Random(ApiSimulator.DEFAULT_SEED);

	void serverErrorShare(double share) {
		serverErrorShare = share(share, "serverErrorShare");
	}

	void tooManyRequestsShare(double share) {
		tooManyRequestsShare = share(share, "tooManyRequestsShare");
	}

	void retryAfterSeconds(int seconds) {
		if (seconds < 0) {
			throw new IllegalArgumentException("retryAfterSeconds must be >= 0, got " + seconds);
		}
		retryAfterSeconds = seconds;
	}

	void brokenBodyShare(double share) {
		brokenBodyShare = share(share, "brokenBodyShare");
	}

	void unsuccessfulShare(double share) {
		unsuccessfulShare = share(share, "unsuccessfulShare");
	}

	void slowShare(double share) {
		slowShare = share(share, "slowShare");
	}

	void slowDelay(Duration delay) {
		slowDelay = nonNegative(delay, "slowDelay");
	}

	void hugeBodyShare(double share) {
		hugeBodyShare = share(share, "hugeBodyShare");
	}

	void hugeBodyBytes(long bytes) {
		if (bytes < 1) {
			throw new IllegalArgumentException("hugeBodyBytes must be >= 1, got " + bytes);
		}
		hugeBodyBytes = bytes;
	}

	void trickleShare(double share) {
		trickleShare = share(share, "trickleShare");
	}

	void trickleFor(Duration total) {
		trickleFor = nonNegative(total, "trickleFor");
	}

	void trickleEvery(Duration every) {
		trickleEvery = positive(every, "trickleEvery");
	}

	void seed(long seed) {
		synchronized (randomLock) {
			random = new Random(seed);
		}
	}

	/** The 200 with this body, or with one draw the random fault it suffers instead. */
	Reply apply(String body) {
		double u;
		double v;
		synchronized (randomLock) {
			u = random.nextDouble();
			v = random.nextDouble();
		}
		double bound = tooManyRequestsShare;
		if (u < bound) {
			return tooManyRequests();
		}
		if (u < (bound += serverErrorShare)) {
			int status = SERVER_ERROR_STATUSES[(int) (v * SERVER_ERROR_STATUSES.length)];
			return new Reply(status, Bodies.errorsBody(status, reasonPhrase(status)));
		}
		if (u < (bound += unsuccessfulShare)) {
			return new Reply(200, Bodies.UNSUCCESSFUL);
		}
		if (u < (bound += brokenBodyShare)) {
			return new Reply(200, body.substring(0, body.length() / 2));
		}
		if (u < (bound += slowShare)) {
			return new Reply(200, body, Map.of(), slowDelay);
		}
		if (u < (bound += hugeBodyShare)) {
			return new Reply(200, StreamedBody.padded(body, hugeBodyBytes));
		}
		if (u < bound + trickleShare) {
			return new Reply(200, StreamedBody.trickled(body, trickleFor, trickleEvery));
		}
		return new Reply(200, body);
	}

	Reply tooManyRequests() {
		return fixed(429, Bodies.TOO_MANY_REQUESTS);
	}

	/** This status and body, with no random fault; a 429 carries retry-after. */
	Reply fixed(int status, String body) {
		int seconds = retryAfterSeconds;
		Map<String, String> headers = status == 429 && seconds > 0 ? Map.of("retry-after", Integer.toString(seconds))
				: Map.of();
		return new Reply(status, body, headers, Duration.ZERO);
	}

	static Duration nonNegative(Duration duration, String name) {
		if (duration == null || duration.isNegative()) {
			throw new IllegalArgumentException(name + " must be a non-negative duration, got " + duration);
		}
		return duration;
	}

	static Duration positive(Duration duration, String name) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(name + " must be a positive duration, got " + duration);
		}
		return duration;
	}

	private static double share(double share, String name) {
		if (!(share >= 0 && share <= 1)) {
			throw new IllegalArgumentException(name + " must be between 0 and 1, got " + share);
		}
		return share;
	}

	private static String reasonPhrase(int status) {
		return switch (status) {
			case 500 -> "Internal Server Error";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			default -> "Error " + status;
		};
	}

}
