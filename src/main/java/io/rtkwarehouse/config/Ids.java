package io.rtkwarehouse.config;

import java.util.regex.Pattern;
import java.util.Locale;

/**
 * Account and app ids go into the API's paths: they are checked before any request, so
 * that an id is always one path segment (never {@code ../}, a slash or an escape) and
 * fits where the warehouse keeps it.
 */
public final class Ids {

	/**
	 * A Cloudflare account id: letters and digits, at most 32 (32 hex digits in
	 * practice).
	 */
	private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Za-z]{1,32}");

	/** A RealtimeKit app id: UUID-like, letters, digits, '-' and '_', at most 64. */
	private static final Pattern APP = Pattern.compile("[0-9A-Za-z_-]{1,64}");

	private Ids() {
	}

	public static boolean isAccount(String id) {
		return id != null && ACCOUNT.matcher(id).matches();
	}

	public static boolean isApp(String id) {
		return id != null && APP.matcher(id).matches();
	}

	/** Why {@code id} is not an app id, or {@code null} when it is one. */
	public static String appProblem(String id) {
		if (isApp(id)) {
			return null;
		}
		return "app id " + quoted(id) + " is not a RealtimeKit app id (1 to 64 letters, digits, '-' or '_')";
	}

	/** Why {@code id} is not an account id, or {@code null} when it is one. */
	public static String accountProblem(String id) {
		if (isAccount(id)) {
			return null;
		}
		return "account id " + quoted(id) + " is not a Cloudflare account id (1 to 32 letters and digits)";
	}

	/**
	 * The id as printed in a message: quoted, control characters escaped, cut when long.
	 */
	static String quoted(String id) {
		if (id == null) {
			return "(none)";
		}
		StringBuilder quoted = new StringBuilder("'");
		id.codePoints().limit(80).forEach((c) -> {
			if (Character.isISOControl(c)) {
				quoted.append(String.format(Locale.ROOT, "\\u%04x", c));
			}
			else {
				quoted.appendCodePoint(c);
			}
		});
		return quoted.append((id.length() > 80) ? "…'" : "'").toString();
	}

}
