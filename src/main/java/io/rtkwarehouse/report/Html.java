package io.rtkwarehouse.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Text into HTML: everything that comes from the database goes through {@link #text}, in
 * element content and in attribute values alike.
 */
final class Html {

	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

	private Html() {
	}

	/** Escaped for element content and for quoted attribute values. */
	static String text(Object value) {
		String text = String.valueOf(value);
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String entity = switch (c) {
				case '&' -> "&amp;";
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '"' -> "&quot;";
				case '\'' -> "&#39;";
				default -> null;
			};
			if (entity != null && escaped == null) {
				escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (escaped != null) {
				escaped.append((entity != null) ? entity : String.valueOf(c));
			}
		}
		return (escaped != null) ? escaped.toString() : text;
	}

	/** A whole number with thousands separators: 12,345. */
	static String count(long value) {
		return new DecimalFormat("#,##0", SYMBOLS).format(value);
	}

	/** Hours from seconds, to one decimal: 1,234.5. */
	static String hours(long seconds) {
		return new DecimalFormat("#,##0.0", SYMBOLS).format(seconds / 3600.0);
	}

	/** A decimal rounded to a whole number, with thousands separators. */
	static String count(BigDecimal value) {
		return new DecimalFormat("#,##0", SYMBOLS).format(value.setScale(0, RoundingMode.HALF_UP));
	}

}
