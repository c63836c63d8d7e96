package io.rtkwarehouse.source;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Reads the bodies of successful answers into records, or says why they are no good. */
final class ApiBodies {

	private final ObjectMapper mapper;

	ApiBodies(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	LivestreamNumbers numbers(String body) throws InvalidBodyException {
		Responses.Overall overall = parse(body, Responses.Overall.class);
		if (!Boolean.TRUE.equals(overall.success())) {
			throw new InvalidBodyException("success: false (" + error(body) + ")", false);
		}
		LivestreamNumbers numbers = StrictNumbers.read(this.mapper, body);
		String negative = numbers.negativeField();
		if (negative != null) {
			throw new InvalidBodyException("negative " + negative + " in the answer", false);
		}
		return numbers;
	}

	Responses.Apps apps(String body) throws InvalidBodyException {
		Responses.Apps apps = parse(body, Responses.Apps.class);
		if (!Boolean.TRUE.equals(apps.success())) {
			throw new InvalidBodyException("success: false (" + error(body) + ")", false);
		}
		return apps;
	}

	ApiError error(String body) {
		return ApiError.parse(this.mapper, body);
	}

	/**
	 * Whether PostgreSQL's jsonb will take the body (it refuses the NUL character Jackson
	 * allows).
	 */
	boolean isJson(String body) {
		if (body == null || body.isBlank() || body.contains("\\u0000")) {
			return false;
		}
		try {
			this.mapper.readTree(body);
			return true;
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	private <T> T parse(String body, Class<T> type) throws InvalidBodyException {
		try {
			T value = this.mapper.readValue(body, type);
			if (value == null) {
				throw new InvalidBodyException("empty body", true);
			}
			return value;
		}
		catch (JacksonException ex) {
			// A cut-off body is most likely a transport hiccup: worth another try.
			throw new InvalidBodyException("body is not valid JSON: " + ApiError.describe(body), true);
		}
	}

	/** Reads the body of a successful answer. */
	@FunctionalInterface
	interface Reader<T> {

		T read(String body) throws InvalidBodyException;

	}

	/**
	 * A successful answer whose body is no good; {@code retryable} when another try may
	 * help.
	 */
	static final class InvalidBodyException extends Exception {

		private final boolean retryable;

		InvalidBodyException(String message, boolean retryable) {
			super(message, null, false, false);
			this.retryable = retryable;
		}

		boolean retryable() {
			return this.retryable;
		}

	}

}
