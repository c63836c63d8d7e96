package io.rtkwarehouse.source;

import java.time.Duration;
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
 * "default";q=1200;w=300}, the quota {@code q} of each window of {@code w} seconds.
 *
 * <p>
 * The headers are hints, never commands: every value is checked before it counts.
 * <ul>
 * <li>A field longer than {@link #LONGEST_FIELD} characters, or that is no RFC 9651 list,
 * reads as none (logged once at DEBUG): the work per answer stays bounded.</li>
 * <li>A limit counts only with a name and integers {@code r >= 0} and {@code t >= 0};
 * {@code t} beyond {@link Pauses#LONGEST_WAIT} counts as that (see {@link Quota#reset}).
 * Fractions, strings, negatives and more than 15 digits are no integer.</li>
 * <li>A policy counts only with integers {@code q >= 1} and {@code 1 <= w <=}
 * {@link Pauses#LONGEST_WAIT}, at most {@link #FASTEST_POLICY} requests per second;
 * {@code q=0}, {@code w=0} and any other policy are as none, and the pacing keeps the
 * last sane one.</li>
 * <li>{@code r} above the policy's {@code q} counts as {@code q}: what is left of a
 * window cannot exceed the window.</li>
 * <li>{@code t} above {@code w} counts as it is (a block after going over outlasts the
 * window): a longer wait is never faster.</li>
 * <li>Of several limits (several header lines, members joined by commas, the same name
 * twice), the one with the fewest requests left per second until its reset counts, the
 * later reset on a tie; of several sane policies of its name, the tightest.</li>
 * </ul>
 */
final class QuotaHeaders {

	/** The longest header value read: Cloudflare's are some 30 characters. */
	static final int LONGEST_FIELD = 4096;

	/** No API's policy allows more; a faster one is a lie. */
	static final long FASTEST_POLICY = 100_000;

	/** How much of a header value an error message shows. */
	private static final int SHOWN = 60;

	private static final Logger logger = LoggerFactory.getLogger(QuotaHeaders.class);

	private static final AtomicBoolean malformedLogged = new AtomicBoolean();

	private QuotaHeaders() {
	}

	/**
	 * A reading of the quota: {@code limit} and {@code windowSeconds} are null when no
	 * sane policy of that name came; {@code header} is what the server said, shortened,
	 * to name it when a wait it announces is too long.
	 */
	record Quota(String name, long remaining, long resetSeconds, Long limit, Long windowSeconds, String header) {

		Quota(String name, long remaining, long resetSeconds, Long limit, Long windowSeconds) {
			this(name, remaining, resetSeconds, limit, windowSeconds,
					"Ratelimit: \"" + name + "\";r=" + remaining + ";t=" + resetSeconds);
		}

		/** The policy, as {@code 1200 per 300 s}, or null. */
		String policy() {
			return (this.limit != null) ? this.limit + " per " + this.windowSeconds + " s" : null;
		}

		/** The time until the reset, at most {@link Pauses#LONGEST_WAIT}. */
		Duration reset() {
			return Duration.ofSeconds(Math.min(this.resetSeconds, Pauses.LONGEST_WAIT.toSeconds()));
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
		String header = "Ratelimit: " + shown(ratelimit)
				+ ((policy != null && !policies.isEmpty()) ? ", Ratelimit-Policy: " + shown(policy) : "");
		Quota tightest = null;
		for (StructuredList.Member limit : limits) {
			Long remaining = limit.integer("r");
			Long reset = limit.integer("t");
			if (!(limit.value() instanceof String name) || remaining == null || remaining < 0 || reset == null
					|| reset < 0) {
				continue;
			}
			StructuredList.Member matching = null;
			for (StructuredList.Member candidate : policies) {
				if (name.equals(candidate.value()) && sane(candidate)
						&& (matching == null || perSecond(candidate) < perSecond(matching))) {
					matching = candidate;
				}
			}
			Quota quota = (matching != null) ? new Quota(name, Math.min(remaining, matching.integer("q")), reset,
					matching.integer("q"), matching.integer("w"), header)
					: new Quota(name, remaining, reset, null, null, header);
			if (tightest == null || tighter(quota, tightest)) {
				tightest = quota;
			}
		}
		if (tightest == null && !limits.isEmpty()) {
			malformed("Ratelimit", ratelimit, "no limit with r and t");
		}
		return tightest;
	}

	private static boolean tighter(Quota quota, Quota than) {
		double rate = perSecond(quota);
		double thanRate = perSecond(than);
		return rate < thanRate || (rate == thanRate && quota.resetSeconds() > than.resetSeconds());
	}

	/**
	 * What the limit leaves per second until it resets; its policy caps the pace later,
	 * in {@link QuotaPacing}.
	 */
	private static double perSecond(Quota quota) {
		return quota.remaining() / (double) Math.max(1, quota.resetSeconds());
	}

	private static double perSecond(StructuredList.Member policy) {
		return policy.integer("q") / (double) policy.integer("w");
	}

	private static boolean sane(StructuredList.Member policy) {
		Long q = policy.integer("q");
		Long w = policy.integer("w");
		return q != null && w != null && q >= 1 && w >= 1 && w <= Pauses.LONGEST_WAIT.toSeconds()
				&& q / (double) w <= FASTEST_POLICY;
	}

	private static List<StructuredList.Member> parse(String header, String value) {
		if (value.length() > LONGEST_FIELD) {
			malformed(header, value, "longer than " + LONGEST_FIELD + " characters");
			return List.of();
		}
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
			logger.debug("Ignoring a {} header that does not read as a quota ({}): {}", header, why, shown(value, 200));
		}
	}

	/** A header value as a message shows it: short, printable, on one line. */
	static String shown(String value) {
		return shown(value, SHOWN);
	}

	private static String shown(String value, int length) {
		StringBuilder shown = new StringBuilder(length + 3);
		for (int i = 0; i < Math.min(value.length(), length); i++) {
			char c = value.charAt(i);
			shown.append((c >= 0x20 && c <= 0x7e) ? c : '?');
		}
		return (value.length() > length) ? shown.append("...").toString() : shown.toString();
	}

	/**
	 * Several header lines are one list; more than {@link #LONGEST_FIELD} characters of
	 * them read as none, without being joined.
	 */
	private static String joined(Collection<String> values) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		long length = 0;
		for (String value : values) {
			length += value.length() + 2;
			if (length > LONGEST_FIELD + 2) {
				malformed("quota", value, "longer than " + LONGEST_FIELD + " characters");
				return null;
			}
		}
		return String.join(", ", values);
	}

}
