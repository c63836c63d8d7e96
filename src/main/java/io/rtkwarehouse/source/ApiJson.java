package io.rtkwarehouse.source;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of a successful answer, {@code {"success": true, "data": ...}}, into
 * records, once and strictly: a key given twice anywhere, a number longer than
 * {@value #MAX_NUMBER_LENGTH} characters, or (through {@link Strict}) a number that is
 * not what the contract types it as refuses the whole answer, with a sentence that names
 * the field. No number is ever expanded before it is checked: {@code 1e999999999} costs
 * nothing.
 */
public final class ApiJson {

	/** No number of the contract needs more (int64 has 19 digits). */
	static final int MAX_NUMBER_LENGTH = 100;

	static final JsonMapper MAPPER = JsonMapper
		.builder(JsonFactory.builder()
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.streamReadConstraints(
					StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).maxNestingDepth(64).build())
			.build())
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ApiJson() {
	}

	/** The {@code data} of a successful answer, read as a {@code type}. */
	public static <D> D data(String body, Class<D> type) throws InvalidBodyException {
		return data(body, MAPPER.constructType(type));
	}

	/** The type of a list of {@code element}s, for an answer whose data is an array. */
	public static JavaType listOf(Class<?> element) {
		return MAPPER.getTypeFactory().constructCollectionType(java.util.List.class, element);
	}

	/** The {@code data} of a successful answer, read as a {@code type}. */
	public static <D> D data(String body, JavaType type) throws InvalidBodyException {
		JsonParser parser = MAPPER.createParser(body);
		try (parser) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new InvalidBodyException("the body is not a JSON object", false);
			}
			Boolean success = null;
			D data = null;
			String noData = "no data object";
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (name.equals("success")) {
					success = (value == JsonToken.VALUE_TRUE) ? Boolean.TRUE
							: (value == JsonToken.VALUE_FALSE) ? Boolean.FALSE : null;
					if (success == null) {
						throw new InvalidBodyException("success is not the JSON value true", false);
					}
				}
				else if (name.equals("data")) {
					if (value == JsonToken.VALUE_NULL) {
						noData = "data is null";
					}
					else if (value != (type.isContainerType() ? JsonToken.START_ARRAY : JsonToken.START_OBJECT)) {
						throw new InvalidBodyException(
								"success: true but data is not " + (type.isContainerType() ? "an array" : "an object"),
								false);
					}
					else {
						data = MAPPER.readValue(parser, type);
					}
				}
				else {
					parser.skipChildren();
				}
			}
			if (parser.nextToken() != null) {
				throw new InvalidBodyException("body is not valid JSON: more after its object", true);
			}
			if (!Boolean.TRUE.equals(success)) {
				throw new InvalidBodyException("success: false (" + ApiError.parse(MAPPER, body) + ")", false);
			}
			if (data == null) {
				throw new InvalidBodyException("success: true but " + noData, false);
			}
			return data;
		}
		catch (JacksonException ex) {
			throw refused(ex, body, Strict.path(parser.streamReadContext()));
		}
	}

	/** Refuses a body whose {@code success} is not the JSON value true. */
	static void success(String body) throws InvalidBodyException {
		tools.jackson.databind.JsonNode success;
		try {
			success = MAPPER.readTree(body).get("success");
		}
		catch (JacksonException ex) {
			throw refused(ex, body, "");
		}
		if (success == null || success.isBoolean() && !success.booleanValue()) {
			throw new InvalidBodyException("success: false (" + ApiError.parse(MAPPER, body) + ")", false);
		}
		if (!success.isBoolean()) {
			throw new InvalidBodyException("success is not the JSON value true", false);
		}
	}

	private static InvalidBodyException refused(JacksonException ex, String body, String where) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof Strict.Refused refused) {
				return new InvalidBodyException(refused.getMessage(), false);
			}
		}
		String message = (ex.getOriginalMessage() != null) ? ex.getOriginalMessage() : "";
		if (message.startsWith("Duplicate Object property")) {
			return new InvalidBodyException(ApiError.abbreviate(where) + " is given twice", false);
		}
		if (ex instanceof StreamConstraintsException) {
			return new InvalidBodyException(((where.isEmpty()) ? "the body" : where) + " holds a number longer than "
					+ MAX_NUMBER_LENGTH + " characters, or is nested too deep", false);
		}
		if (!where.isEmpty() && ex instanceof tools.jackson.databind.DatabindException) {
			return new InvalidBodyException(where + " is not what the contract says: " + ApiError.abbreviate(message),
					false);
		}
		// A cut-off body is most likely a transport hiccup: worth another try.
		return new InvalidBodyException("body is not valid JSON: " + ApiError.describe(body), true);
	}

}
