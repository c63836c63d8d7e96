package io.rtkwarehouse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an environment file as systemd reads {@code EnvironmentFile=} (systemd.exec(5),
 * the parser of systemd 254 and later): the variables a unit's process gets from it.
 * Lines starting with # or ; are comments; NAME=value, with the white space around the
 * value dropped; '...' taken as it is, "..." with \" \\ \$ \` unescaped, \x outside
 * quotes as x, quoted values and escaped line ends span lines; nothing is expanded.
 * Assignments with an invalid name (such as {@code export NAME=value}) and lines without
 * = are left out, as systemd leaves them out.
 */
final class SystemdEnvironmentFile {

	private enum State {

		PRE_KEY, KEY, PRE_VALUE, VALUE, VALUE_ESCAPE, SINGLE_QUOTED, DOUBLE_QUOTED, DOUBLE_QUOTED_ESCAPE, COMMENT

	}

	private final Map<String, String> variables = new LinkedHashMap<>();

	private final StringBuilder key = new StringBuilder();

	private final StringBuilder value = new StringBuilder();

	/** Where the white space at the end of an unquoted value starts, or -1. */
	private int trailingWhitespace = -1;

	private SystemdEnvironmentFile() {
	}

	static Map<String, String> read(Path file) throws IOException {
		return parse(Files.readString(file));
	}

	static Map<String, String> parse(String text) {
		SystemdEnvironmentFile file = new SystemdEnvironmentFile();
		State state = State.PRE_KEY;
		for (char c : text.toCharArray()) {
			state = file.next(state, c);
		}
		if (state != State.PRE_KEY && state != State.KEY && state != State.COMMENT) {
			file.assign(state == State.VALUE);
		}
		return file.variables;
	}

	private State next(State state, char c) {
		return switch (state) {
			case PRE_KEY -> {
				if (c == '#' || c == ';') {
					yield State.COMMENT;
				}
				if (isWhitespace(c)) {
					yield State.PRE_KEY;
				}
				this.key.append(c);
				yield State.KEY;
			}
			case KEY -> {
				if (isNewline(c)) {
					this.key.setLength(0);
					yield State.PRE_KEY;
				}
				if (c == '=') {
					this.trailingWhitespace = -1;
					yield State.PRE_VALUE;
				}
				this.key.append(c);
				yield State.KEY;
			}
			case PRE_VALUE -> {
				if (isNewline(c)) {
					yield assign(false);
				}
				if (c == '\'') {
					yield State.SINGLE_QUOTED;
				}
				if (c == '"') {
					yield State.DOUBLE_QUOTED;
				}
				if (c == '\\') {
					yield State.VALUE_ESCAPE;
				}
				if (isWhitespace(c)) {
					yield State.PRE_VALUE;
				}
				this.value.append(c);
				yield State.VALUE;
			}
			case VALUE -> {
				if (isNewline(c)) {
					yield assign(true);
				}
				if (c == '\\') {
					this.trailingWhitespace = -1;
					yield State.VALUE_ESCAPE;
				}
				if (!isWhitespace(c)) {
					this.trailingWhitespace = -1;
				}
				else if (this.trailingWhitespace < 0) {
					this.trailingWhitespace = this.value.length();
				}
				this.value.append(c);
				yield State.VALUE;
			}
			case VALUE_ESCAPE -> {
				if (!isNewline(c)) {
					this.value.append(c);
				}
				yield State.VALUE;
			}
			case SINGLE_QUOTED -> {
				if (c == '\'') {
					yield State.PRE_VALUE;
				}
				this.value.append(c);
				yield State.SINGLE_QUOTED;
			}
			case DOUBLE_QUOTED -> {
				if (c == '"') {
					yield State.PRE_VALUE;
				}
				if (c == '\\') {
					yield State.DOUBLE_QUOTED_ESCAPE;
				}
				this.value.append(c);
				yield State.DOUBLE_QUOTED;
			}
			case DOUBLE_QUOTED_ESCAPE -> {
				if ("\"\\`$".indexOf(c) >= 0) {
					this.value.append(c);
				}
				else if (c != '\n') {
					this.value.append('\\').append(c);
				}
				yield State.DOUBLE_QUOTED;
			}
			case COMMENT -> isNewline(c) ? State.PRE_KEY : State.COMMENT;
		};
	}

	private State assign(boolean trimTrailingWhitespace) {
		if (trimTrailingWhitespace && this.trailingWhitespace >= 0) {
			this.value.setLength(this.trailingWhitespace);
		}
		String name = this.key.toString().stripTrailing();
		if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			this.variables.put(name, this.value.toString());
		}
		this.key.setLength(0);
		this.value.setLength(0);
		return State.PRE_KEY;
	}

	private static boolean isNewline(char c) {
		return c == '\n' || c == '\r';
	}

	private static boolean isWhitespace(char c) {
		return c == ' ' || c == '\t' || isNewline(c);
	}

}
