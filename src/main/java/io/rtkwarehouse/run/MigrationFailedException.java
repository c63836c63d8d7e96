package io.rtkwarehouse.run;

/**
 * The warehouse schema could not be brought up to date: which migration failed and why,
 * in one line. Never a lost database: that stays the SQL exception it is.
 */
public class MigrationFailedException extends RuntimeException {

	private final boolean configuration;

	MigrationFailedException(String message, boolean configuration, Throwable cause) {
		super(message, cause);
		this.configuration = configuration;
	}

	/**
	 * Whether the cause is in the setup, not in the run (a schema the user may not
	 * create, migrations that do not match the database's): exit 2 rather than 1.
	 */
	public boolean configuration() {
		return this.configuration;
	}

}
