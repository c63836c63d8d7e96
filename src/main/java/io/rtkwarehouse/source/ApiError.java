package io.rtkwarehouse.source;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What an error answer of the API says, read from any of its three shapes: the Cloudflare
 * v4 envelope ({@code errors[]}), RealtimeKit's own ({@code error{}}) and a bare
 * {@code message}.
 */
public record ApiError(Integer code, String message) {

	private static final int MAX_MESSAGE_LENGTH = 300;

	static final int MAX_QUOTE_LENGTH = 40;

	static ApiError parse(ObjectMapper mapper, String body) {
		if (body == null || body.isBlank()) {
			return new ApiError(null, "empty body");
		}
		JsonNode root;
		try {
			root = mapper.readTree(body);
		}
		catch (JacksonException ex) {
			return new ApiError(null, "body is not valid JSON: " + describe(body));
		}
		if (root == null || !root.isObject()) {
			return new ApiError(null, "unexpected body: " + describe(body));
		}
		JsonNode errors = root.path("errors");
		if (errors.isArray() && !errors.isEmpty()) {
			JsonNode first = errors.get(0);
			StringBuilder message = new StringBuilder(text(first.path("message")));
			for (int i = 1; i < errors.size(); i++) {
				message.append("; ").append(text(errors.get(i).path("message")));
			}
			return new ApiError(code(first.path("code")), abbreviate(message.toString()));
		}
		JsonNode error = root.path("error");
		if (error.isObject()) {
			return new ApiError(code(error.path("code")), abbreviate(text(error.path("message"))));
		}
		if (error.isString()) {
			return new ApiError(null, abbreviate(error.asString()));
		}
		JsonNode message = root.path("message");
		if (!message.isMissingNode() && !message.isNull()) {
			return new ApiError(null, abbreviate(text(message)));
		}
		return new ApiError(null, "no error detail in the body");
	}

	private static Integer code(JsonNode node) {
		return node.isIntegralNumber() ? node.asInt() : null;
	}

	private static String text(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return "(no message)";
		}
		return node.isString() ? node.asString() : node.toString();
	}

	/**
	 * What a body that is not the API's JSON is, in a short sentence without markup: an
	 * HTML page and its text (a proxy's "502 Bad Gateway"), or the start of the text.
	 */
	static String describe(String body) {
		String text = body.strip();
		if (text.startsWith("<")) {
			String words = clean(text.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " "));
			return "an HTML page" + (words.isEmpty() ? "" : " (\"" + shorten(words, 80) + "\")");
		}
		return "\"" + shorten(clean(text), 80) + "\"";
	}

	/**
	 * A value of an answer as an error quotes it: printable, and at most
	 * {@value #MAX_QUOTE_LENGTH} characters of it.
	 */
	static String quote(String text) {
		return shorten(clean(text), MAX_QUOTE_LENGTH);
	}

	/** Printable text only: control characters become spaces, runs of white space one. */
	private static String clean(String text) {
		return text.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", " ").replaceAll("\\s+", " ").trim();
	}

	private static String shorten(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length) + "…";
	}

	static String abbreviate(String text) {
		return shorten(clean(text), MAX_MESSAGE_LENGTH);
	}

	@Override
	public String toString() {
		return (this.code != null) ? "code " + this.code + ": " + this.message : this.message;
	}

}
