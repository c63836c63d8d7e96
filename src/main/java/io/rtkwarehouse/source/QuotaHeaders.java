package io.rtkwarehouse.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quota the server reports on every answer (draft-ietf-httpapi-ratelimit-headers, as
 * Cloudflare sends it): {@code Ratelimit: "default";r=50;t=30}, the quota {@code r} left
 * until it resets in {@code t} seconds, and {@code Ratelimit-Policy:
 * "default";q=1200;w=300}, the quota {@code q} of each window of {@code w} seconds. Of
 * several limits, the one that allows the fewest requests per second counts. A missing or
 * malformed header reads as none, logged once at DEBUG.
 */
final class QuotaHeaders {

	private static final Logger logger = LoggerFactory.getLogger(QuotaHeaders.class);

	private static final AtomicBoolean malformedLogged = new AtomicBoolean();

	private QuotaHeaders() {
	}

	/**
	 * A reading of the quota: {@code limit} and {@code windowSeconds} are null when no
	 * policy of that name came.
	 */
	record Quota(String name, long remaining, long resetSeconds, Long limit, Long windowSeconds) {

		/** The policy, as {@code 1200 per 300 s}, or null. */
		String policy() {
			return (this.limit != null) ? this.limit + " per " + this.windowSeconds + " s" : null;
		}

	}

	/** The quota of an answer's headers (names in lower case), or null. */
	static Quota read(Map<String, Collection<String>> headers) {
		return read(joined(headers.get("ratelimit")), joined(headers.get("ratelimit-policy")));
	}

	/** The quota these two header values report, or null. */
	static Quota read(String ratelimit, String policy) {
		if (ratelimit == null) {
			return null;
		}
		List<StructuredList.Member> limits = parse("Ratelimit", ratelimit);
		List<StructuredList.Member> policies = (policy != null) ? parse("Ratelimit-Policy", policy) : List.of();
		Quota tightest = null;
		for (StructuredList.Member limit : limits) {
			Long remaining = limit.integer("r");
			Long reset = limit.integer("t");
			if (!(limit.value() instanceof String name) || remaining == null || remaining < 0 || reset == null
					|| reset < 0) {
				continue;
			}
			StructuredList.Member matching = policies.stream()
				.filter((p) -> name.equals(p.value()) && positive(p.integer("q")) && positive(p.integer("w")))
				.findFirst()
				.orElse(null);
			Quota quota = (matching != null)
					? new Quota(name, remaining, reset, matching.integer("q"), matching.integer("w"))
					: new Quota(name, remaining, reset, null, null);
			if (tightest == null || perSecond(quota) < perSecond(tightest)) {
				tightest = quota;
			}
		}
		if (tightest == null && !limits.isEmpty()) {
			malformed("Ratelimit", ratelimit, "no limit with r and t");
		}
		return tightest;
	}

	private static double perSecond(Quota quota) {
		return quota.remaining() / (double) Math.max(1, quota.resetSeconds());
	}

	private static boolean positive(Long value) {
		return value != null && value > 0;
	}

	private static List<StructuredList.Member> parse(String header, String value) {
		try {
			return StructuredList.parse(value);
		}
		catch (IllegalArgumentException ex) {
			malformed(header, value, ex.getMessage());
			return List.of();
		}
	}

	private static void malformed(String header, String value, String why) {
		if (malformedLogged.compareAndSet(false, true)) {
			String shown = (value.length() > 200) ? value.substring(0, 200) + "..." : value;
			logger.debug("Ignoring a {} header that does not read as a quota ({}): {}", header, why, shown);
		}
	}

	private static String joined(Collection<String> values) {
		return (values == null || values.isEmpty()) ? null : String.join(", ", values);
	}

}
