package io.rtkwarehouse.source;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the numbers of an {@code overall} answer exactly as the contract types them:
 * integers. A fraction ({@code 4.7}), a string ({@code "4"}, {@code ""}), a boolean, an
 * object, a number above int64 or one in exponent form ({@code 4e2}) is not a number of
 * the contract, and the answer is refused with the field and the reason: retrying cannot
 * change an answer. A whole number written with a zero fraction ({@code 4.0}) is taken as
 * it is, losslessly. An absent or {@code null} field is unknown ({@code null}).
 */
final class StrictNumbers {

	private static final Set<String> FIELDS = Set.of("count", "total_ingest_seconds", "total_viewer_seconds");

	private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

	private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);

	private StrictNumbers() {
	}

	/**
	 * The numbers of the {@code data} object of a successful answer.
	 * @throws ApiBodies.InvalidBodyException when {@code data} is missing or not an
	 * object, or one of its numbers is not an integer
	 */
	static LivestreamNumbers read(ObjectMapper mapper, String body) throws ApiBodies.InvalidBodyException {
		try (JsonParser parser = mapper.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new ApiBodies.InvalidBodyException("the body is not a JSON object", false);
			}
			Map<String, Long> numbers = null;
			boolean success = false;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (name.equals("success")) {
					success = value == JsonToken.VALUE_TRUE;
					parser.skipChildren();
				}
				else if (name.equals("data")) {
					if (numbers != null) {
						throw new ApiBodies.InvalidBodyException("data is given twice", false);
					}
					numbers = data(parser, value);
				}
				else {
					parser.skipChildren();
				}
			}
			if (!success) {
				throw new ApiBodies.InvalidBodyException("success is not the JSON value true", false);
			}
			if (numbers == null) {
				throw new ApiBodies.InvalidBodyException("success: true but no data object", false);
			}
			return new LivestreamNumbers(numbers.get("count"), numbers.get("total_ingest_seconds"),
					numbers.get("total_viewer_seconds"));
		}
		catch (JacksonException ex) {
			throw new ApiBodies.InvalidBodyException("body is not valid JSON: " + ApiError.describe(body), true);
		}
	}

	private static Map<String, Long> data(JsonParser parser, JsonToken value) throws ApiBodies.InvalidBodyException {
		if (value != JsonToken.START_OBJECT) {
			throw new ApiBodies.InvalidBodyException(
					"success: true but data is " + (value == JsonToken.VALUE_NULL ? "null" : "not an object"), false);
		}
		Map<String, Long> numbers = new HashMap<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken token = parser.nextToken();
			if (!FIELDS.contains(name)) {
				parser.skipChildren();
				continue;
			}
			if (numbers.containsKey(name)) {
				throw new ApiBodies.InvalidBodyException("data." + name + " is given twice", false);
			}
			numbers.put(name, integer(parser, token, "data." + name));
		}
		return numbers;
	}

	private static Long integer(JsonParser parser, JsonToken token, String field)
			throws ApiBodies.InvalidBodyException {
		String text = (token.isScalarValue()) ? parser.getString() : null;
		switch (token) {
			case VALUE_NULL:
				return null;
			case VALUE_NUMBER_INT:
				return inRange(new BigInteger(text), field, text);
			case VALUE_NUMBER_FLOAT:
				if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
					throw refused(field, text, "in exponent form");
				}
				BigDecimal decimal = new BigDecimal(text);
				if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
					throw refused(field, text, "fractional");
				}
				return inRange(decimal.toBigInteger(), field, text);
			case VALUE_STRING:
				throw refused(field, '"' + ApiError.abbreviate(text) + '"',
						text.isEmpty() ? "an empty string" : "a string");
			case VALUE_TRUE:
			case VALUE_FALSE:
				throw refused(field, text, "a boolean");
			default:
				parser.skipChildren();
				throw refused(field, (token == JsonToken.START_ARRAY) ? "[...]" : "{...}",
						(token == JsonToken.START_ARRAY) ? "an array" : "an object");
		}
	}

	private static Long inRange(BigInteger value, String field, String text) throws ApiBodies.InvalidBodyException {
		if (value.compareTo(MAX) > 0 || value.compareTo(MIN) < 0) {
			throw refused(field, ApiError.abbreviate(text), "outside the 64-bit integer range");
		}
		return value.longValueExact();
	}

	private static ApiBodies.InvalidBodyException refused(String field, String value, String why) {
		return new ApiBodies.InvalidBodyException(
				field + " is " + why + " (" + value + "): the contract types it as an integer", false);
	}

}
