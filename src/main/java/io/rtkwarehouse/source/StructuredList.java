package io.rtkwarehouse.source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9651 Structured Field list, as the {@code Ratelimit} and
 * {@code Ratelimit-Policy} headers are: members separated by commas, each an item (or an
 * inner list) followed by its {@code ;key=value} parameters. Anything that is not one
 * fails the whole field, as the RFC says a recipient must.
 */
final class StructuredList {

	/** Integers have at most 15 digits (RFC 9651, section 3.3.1). */
	private static final int MAX_INTEGER_DIGITS = 15;

	private final String text;

	private int at;

	private StructuredList(String text) {
		this.text = text;
	}

	/**
	 * The members of the field.
	 * @throws IllegalArgumentException when the field does not parse
	 */
	static List<Member> parse(String field) {
		StructuredList parser = new StructuredList(field);
		parser.skip(' ');
		List<Member> members = new ArrayList<>();
		while (!parser.atEnd()) {
			members.add(parser.member());
			parser.skipOws();
			if (parser.atEnd()) {
				return members;
			}
			parser.expect(',');
			parser.skipOws();
			if (parser.atEnd()) {
				throw new IllegalArgumentException("a trailing comma");
			}
		}
		return members;
	}

	/**
	 * One member: a bare item (a {@link String} for a string or token, {@link Long},
	 * {@link BigDecimal}, {@link Boolean}, {@code byte[]}, or a {@link List} of members
	 * for an inner list) with its parameters in order.
	 */
	record Member(Object value, Map<String, Object> parameters) {

		/** A parameter that is an integer, or null. */
		Long integer(String key) {
			return (this.parameters.get(key) instanceof Long value) ? value : null;
		}

	}

	private Member member() {
		if (peek() == '(') {
			this.at++;
			List<Member> inner = new ArrayList<>();
			while (true) {
				skip(' ');
				if (peek() == ')') {
					this.at++;
					return new Member(inner, parameters());
				}
				inner.add(new Member(bareItem(), parameters()));
				if (peek() != ' ' && peek() != ')') {
					throw new IllegalArgumentException("an inner list item not followed by a space");
				}
			}
		}
		return new Member(bareItem(), parameters());
	}

	private Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		while (peek() == ';') {
			this.at++;
			skip(' ');
			String key = key();
			Object value = Boolean.TRUE;
			if (peek() == '=') {
				this.at++;
				value = bareItem();
			}
			parameters.put(key, value);
		}
		return parameters;
	}

	private String key() {
		char first = peek();
		if (!(first == '*' || (first >= 'a' && first <= 'z'))) {
			throw new IllegalArgumentException("a parameter key must start with a-z or *");
		}
		int start = this.at;
		while (!atEnd() && isKeyChar(peek())) {
			this.at++;
		}
		return this.text.substring(start, this.at);
	}

	private Object bareItem() {
		char c = peek();
		if (c == '-' || (c >= '0' && c <= '9')) {
			return number();
		}
		if (c == '"') {
			return string();
		}
		if (c == '*' || Character.isLetter(c) && c < 0x80) {
			return token();
		}
		if (c == '?') {
			this.at++;
			char b = peek();
			this.at++;
			if (b == '0' || b == '1') {
				return b == '1';
			}
			throw new IllegalArgumentException("a boolean must be ?0 or ?1");
		}
		if (c == ':') {
			int end = this.text.indexOf(':', this.at + 1);
			if (end < 0) {
				throw new IllegalArgumentException("an unterminated byte sequence");
			}
			String base64 = this.text.substring(this.at + 1, end);
			this.at = end + 1;
			return java.util.Base64.getDecoder().decode(base64);
		}
		throw new IllegalArgumentException("no item at position " + this.at);
	}

	private Object number() {
		int start = this.at;
		if (peek() == '-') {
			this.at++;
		}
		int digitsStart = this.at;
		int dot = -1;
		while (!atEnd() && (Character.isDigit(peek()) && peek() < 0x80 || (peek() == '.' && dot < 0))) {
			if (peek() == '.') {
				dot = this.at;
			}
			this.at++;
		}
		int digits = this.at - digitsStart - ((dot < 0) ? 0 : 1);
		if (digits == 0 || (dot < 0 && digits > MAX_INTEGER_DIGITS) || dot == this.at - 1
				|| (dot >= 0 && (dot - digitsStart > 12 || this.at - dot - 1 > 3))) {
			throw new IllegalArgumentException("a malformed number");
		}
		String number = this.text.substring(start, this.at);
		return (dot < 0) ? Long.valueOf(number) : new BigDecimal(number);
	}

	private String string() {
		StringBuilder value = new StringBuilder();
		this.at++;
		while (!atEnd()) {
			char c = this.text.charAt(this.at++);
			if (c == '\\') {
				char escaped = peek();
				if (escaped != '"' && escaped != '\\') {
					throw new IllegalArgumentException("a bad escape in a string");
				}
				value.append(escaped);
				this.at++;
			}
			else if (c == '"') {
				return value.toString();
			}
			else if (c < 0x20 || c > 0x7e) {
				throw new IllegalArgumentException("a character no string may hold");
			}
			else {
				value.append(c);
			}
		}
		throw new IllegalArgumentException("an unterminated string");
	}

	private String token() {
		int start = this.at;
		this.at++;
		while (!atEnd() && (isTChar(peek()) || peek() == ':' || peek() == '/')) {
			this.at++;
		}
		return this.text.substring(start, this.at);
	}

	private static boolean isKeyChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' || c == '*';
	}

	private static boolean isTChar(char c) {
		return c < 0x80 && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0);
	}

	private char peek() {
		return atEnd() ? '\0' : this.text.charAt(this.at);
	}

	private boolean atEnd() {
		return this.at >= this.text.length();
	}

	private void expect(char c) {
		if (peek() != c) {
			throw new IllegalArgumentException("expected '" + c + "' at position " + this.at);
		}
		this.at++;
	}

	private void skip(char c) {
		while (peek() == c) {
			this.at++;
		}
	}

	private void skipOws() {
		while (peek() == ' ' || peek() == '\t') {
			this.at++;
		}
	}

}
