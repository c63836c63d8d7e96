package io.rtkwarehouse.source;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * The numbers and dates of the contract, read exactly as it types them, for the records
 * of each dataset ({@code @JsonDeserialize(using = Strict.Count.class)}). One rule for
 * every endpoint: a number in exponent form ({@code 4e2}), a string, a boolean, an array
 * or an object is refused; an integer must have no fraction ({@code 4.0} is 4) and fit 64
 * bits; none may be negative. {@code null} or an absent field is unknown, never zero.
 */
public final class Strict {

	private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

	/** Levels of a field's path an error names; deeper ones are counted. */
	private static final int MAX_PATH_PARTS = 8;

	private Strict() {
	}

	/** A non-negative integer of at most 64 bits. */
	public static final class Count extends StdDeserializer<Long> {

		public Count() {
			super(Long.class);
		}

		@Override
		public Long deserialize(JsonParser parser, DeserializationContext context) {
			BigDecimal value = number(parser, "an integer");
			if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
				throw refused(parser, "fractional (" + ApiError.quote(value.toPlainString()) + ")", "an integer");
			}
			BigInteger integer = value.toBigInteger();
			if (integer.abs().compareTo(MAX) > 0) {
				throw refused(parser, "outside the 64-bit integer range (" + ApiError.quote(parser.getString()) + ")",
						"an integer");
			}
			if (integer.signum() < 0) {
				throw refused(parser, "negative (" + ApiError.quote(integer.toString()) + ")", "an integer");
			}
			return integer.longValueExact();
		}

	}

	/** A non-negative decimal number, kept exactly as sent. */
	public static final class Amount extends StdDeserializer<BigDecimal> {

		public Amount() {
			super(BigDecimal.class);
		}

		@Override
		public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
			BigDecimal value = number(parser, "a number");
			if (value.signum() < 0) {
				throw refused(parser, "negative (" + ApiError.quote(value.toPlainString()) + ")",
						"a non-negative number");
			}
			return value;
		}

	}

	/** A date of the form {@code YYYY-MM-DD}. */
	public static final class Date extends StdDeserializer<LocalDate> {

		public Date() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				throw refused(parser, "not a date string", "a date");
			}
			try {
				return LocalDate.parse(parser.getString());
			}
			catch (DateTimeParseException ex) {
				throw refused(parser,
						"not a date of the form YYYY-MM-DD (\"" + ApiError.quote(parser.getString()) + "\")", "a date");
			}
		}

	}

	/**
	 * The number at the parser, from its text (at most {@link ApiJson#MAX_NUMBER_LENGTH}
	 * characters): never expanded from an exponent.
	 */
	private static BigDecimal number(JsonParser parser, String typed) {
		JsonToken token = parser.currentToken();
		String text = token.isScalarValue() ? parser.getString() : null;
		if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
			if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
				throw refused(parser, "in exponent form (" + ApiError.quote(text) + ")", typed);
			}
			return new BigDecimal(text);
		}
		String what = switch (token) {
			case VALUE_STRING ->
				(text.isEmpty() ? "an empty string" : "a string") + " (\"" + ApiError.quote(text) + "\")";
			case VALUE_TRUE, VALUE_FALSE -> "a boolean (" + text + ")";
			case START_ARRAY -> "an array";
			default -> "an object";
		};
		throw refused(parser, what, typed);
	}

	private static Refused refused(JsonParser parser, String what, String typed) {
		TokenStreamContext context = parser.streamReadContext();
		if (parser.currentToken() == JsonToken.START_ARRAY || parser.currentToken() == JsonToken.START_OBJECT) {
			// The parser is inside the array or object already: name the field that holds
			// it.
			context = context.getParent();
		}
		return new Refused(path(context) + " is " + what + ": the contract types it as " + typed);
	}

	/**
	 * The field where a parser is, as {@code data.session_stats.day_stats[3].day}: each
	 * name quoted as a value is, and a path deeper than {@value #MAX_PATH_PARTS} levels
	 * shown as its first ones, a count and its last ones.
	 */
	static String path(TokenStreamContext context) {
		List<String> parts = new ArrayList<>();
		for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			parts.add(0, at.inArray() ? "[" + Math.max(0, at.getCurrentIndex()) + "]"
					: (at.currentName() != null) ? "." + ApiError.quote(at.currentName()) : "");
		}
		if (parts.size() > MAX_PATH_PARTS) {
			int hidden = parts.size() - MAX_PATH_PARTS;
			List<String> shown = new ArrayList<>(parts.subList(0, MAX_PATH_PARTS / 2));
			shown.add("…(" + hidden + " more levels)…");
			shown.addAll(parts.subList(parts.size() - MAX_PATH_PARTS / 2, parts.size()));
			parts = shown;
		}
		String path = String.join("", parts);
		return (path.startsWith(".")) ? path.substring(1) : path;
	}

	/** A value that is not what the contract types it as. */
	static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message, null, false, false);
		}

	}

}
