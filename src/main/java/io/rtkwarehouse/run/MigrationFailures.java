package io.rtkwarehouse.run;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.internal.exception.FlywayMigrateException;

/** What a Flyway failure means, in one line of a message. */
final class MigrationFailures {

	/** SQLSTATEs of an object that exists already. */
	private static final Set<String> ALREADY_EXISTS = Set.of("42P07", "42710", "42P06", "42701", "42723");

	/** SQLSTATEs of a server that ended the session or is not taking any. */
	private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");

	private MigrationFailures() {
	}

	/**
	 * The failure as a {@link MigrationFailedException}, or {@code null} when the
	 * database could not be reached or went away (that is no migration's fault).
	 */
	static MigrationFailedException explain(FlywayException ex) {
		SQLException sql = Failures.find(ex, SQLException.class);
		if (sql != null && lostConnection(ex)) {
			return null;
		}
		if (sql != null && "42501".equals(sql.getSQLState())) {
			return new MigrationFailedException("the warehouse schema could not be migrated: the database user may not"
					+ " create what the warehouse needs (" + firstLine(sql.getMessage()) + "). "
					+ SchemaMigration.GRANT, true, ex);
		}
		if (ex instanceof FlywayValidateException) {
			return new MigrationFailedException("the warehouse schema does not match the migrations of this"
					+ " rtk-warehouse: " + oneLine(ex.getMessage()) + "; nothing was written", true, ex);
		}
		FlywayMigrateException migrate = Failures.find(ex, FlywayMigrateException.class);
		if (migrate == null || migrate.getMigration() == null) {
			return new MigrationFailedException(
					"the warehouse schema could not be migrated: " + oneLine(ex.getMessage()), false, ex);
		}
		MigrationInfo migration = migrate.getMigration();
		String where = (migrate.getLineNumber() > 0) ? " at line " + migrate.getLineNumber() : "";
		String why = (sql != null) ? firstLine(sql.getMessage()) : oneLine(migrate.getMessage());
		return new MigrationFailedException(
				"the warehouse schema could not be migrated: migration " + name(migration) + " failed" + where + ": "
						+ why + "; nothing of it was applied"
						+ (alreadyExists(ex) ? ". If an earlier rtk-warehouse was killed while it committed V"
								+ migration.getVersion()
								+ ", its changes are in place without their record in Flyway's history: check that they"
								+ " all are, then record it (" + recordStatement(migration) + ") and run again" : ""),
				false, ex);
	}

	/** Whether a migration failed on an object that exists already. */
	static boolean alreadyExists(FlywayException ex) {
		FlywayMigrateException migrate = Failures.find(ex, FlywayMigrateException.class);
		SQLException sql = Failures.find(ex, SQLException.class);
		return migrate != null && sql != null && ALREADY_EXISTS.contains(sql.getSQLState());
	}

	/**
	 * A migration as the migrations directory names it: {@code V3 (analyst warehouse)}.
	 */
	static String name(MigrationInfo migration) {
		return "V" + migration.getVersion() + " (" + migration.getDescription() + ", " + migration.getScript() + ")";
	}

	/** The statement that records a migration as applied without running it. */
	private static String recordStatement(MigrationInfo migration) {
		return "INSERT INTO rtk_batch.flyway_schema_history (installed_rank, version, description, type, script,"
				+ " checksum, installed_by, execution_time, success) SELECT max(installed_rank) + 1, '"
				+ migration.getVersion() + "', '" + migration.getDescription().replace("'", "''") + "', 'SQL', '"
				+ migration.getScript().replace("'", "''") + "', " + migration.getChecksum()
				+ ", current_user, 0, true FROM rtk_batch.flyway_schema_history";
	}

	private static boolean lostConnection(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof SQLRecoverableException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || SERVER_GONE.contains(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	private static String firstLine(String message) {
		return (message != null) ? message.strip().lines().findFirst().orElse("").strip() : "";
	}

	/** Flyway's messages span lines, with rules and blank lines: one line of them. */
	static String oneLine(String message) {
		if (message == null) {
			return "";
		}
		return String.join("; ",
				message.lines().map(String::strip).filter((line) -> !line.isEmpty() && !line.matches("-+")).toList())
			.replace(":;", ":")
			.replace("; -> ", ", ")
			.replaceAll("\\s+:", ":")
			.replaceAll("\\s+", " ")
			.replace(".;", ";");
	}

}
