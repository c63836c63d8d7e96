package io.rtkwarehouse.job;

/** The command line is wrong: exit 2 with a message that says what to fix. */
class UsageException extends RuntimeException {

	private final Command command;

	UsageException(String message) {
		this(message, null);
	}

	UsageException(String message, Command command) {
		super(message);
		this.command = command;
	}

	Command command() {
		return this.command;
	}

}
