package io.rtkwarehouse.run;

import java.util.regex.Pattern;

/** Values in a printed command that a user may paste into a shell. */
final class Shell {

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+");

	private Shell() {
	}

	/** The value as one shell word: as it is when that is safe, else in single quotes. */
	static String quote(String value) {
		if (!value.isEmpty() && PLAIN.matcher(value).matches()) {
			return value;
		}
		return "'" + value.replace("'", "'\\''") + "'";
	}

}
