package io.rtkwarehouse.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Brings the warehouse schema up to date, one migration and its record in Flyway's
 * history per transaction (see {@code MigrationConfiguration}), and says in one line
 * which migration failed and why when it cannot. A schema that is up to date is only
 * validated: that takes no lock, so no other session can hold a run up there.
 */
final class SchemaMigration {

	/** What an admin does for a user that may not create the warehouse's schemas. */
	static final String GRANT = "The first run creates the schemas rtk and rtk_batch and their tables; as an admin,"
			+ " either GRANT CREATE ON DATABASE <database> TO <user>, or create them for it: CREATE SCHEMA rtk"
			+ " AUTHORIZATION <user>; CREATE SCHEMA rtk_batch AUTHORIZATION <user>. Nothing was written.";

	/** The first 48 bits of Flyway's advisory lock keys on PostgreSQL ("Flyway"). */
	private static final long FLYWAY_LOCK = 0x466C79776179L;

	private static final Logger logger = LoggerFactory.getLogger(SchemaMigration.class);

	private final Flyway flyway;

	private final DataSource dataSource;

	private final List<String> schemas;

	private final String history;

	SchemaMigration(Flyway flyway) {
		this.flyway = flyway;
		this.dataSource = flyway.getConfiguration().getDataSource();
		this.schemas = Arrays.asList(flyway.getConfiguration().getSchemas());
		this.history = "\"" + flyway.getConfiguration().getDefaultSchema() + "\".\""
				+ flyway.getConfiguration().getTable() + "\"";
	}

	void migrate(MigrationInfoService info) {
		if (info.pending().length == 0) {
			refuseInvalid(this.flyway.validateWithResult());
			return;
		}
		refuseSchemasItMayNotCreate();
		try {
			this.flyway.migrate();
		}
		catch (FlywayException ex) {
			if (!MigrationFailures.alreadyExists(ex) || !startOverIfNeverUsed()) {
				throw explained(ex);
			}
			try {
				this.flyway.migrate();
			}
			catch (FlywayException again) {
				throw explained(again);
			}
		}
	}

	private RuntimeException explained(FlywayException ex) {
		MigrationFailedException failure = MigrationFailures.explain(ex);
		if (failure == null) {
			return ex;
		}
		if (ex.getMessage() != null && ex.getMessage().contains("advisory lock")) {
			return new MigrationFailedException(
					"the warehouse schema could not be migrated: Flyway's lock in this" + " database stayed held by "
							+ flywayLockHolders() + ". Any session may take it and so hold"
							+ " migrations up: end that session (SELECT pg_terminate_backend(pid)) and run again",
					false, ex);
		}
		return failure;
	}

	private static void refuseInvalid(ValidateResult result) {
		if (result.validationSuccessful) {
			return;
		}
		List<String> problems = new ArrayList<>();
		for (ValidateOutput invalid : result.invalidMigrations) {
			problems.add("V" + invalid.version + " (" + invalid.description + "): "
					+ MigrationFailures.oneLine(invalid.errorDetails.errorMessage));
		}
		if (problems.isEmpty() && result.errorDetails != null) {
			problems.add(MigrationFailures.oneLine(result.errorDetails.errorMessage));
		}
		throw new MigrationFailedException("the warehouse schema does not match the migrations of this rtk-warehouse: "
				+ String.join("; ", problems).replaceAll("\\.$", "") + "; nothing was written", true, null);
	}

	/**
	 * Refuses at once, rather than after Flyway's ten attempts, a user that may not
	 * create a schema the warehouse still needs.
	 */
	private void refuseSchemasItMayNotCreate() {
		Map<String, Object> answer = JdbcClient.create(this.dataSource).sql("""
				SELECT current_database() AS database, current_user AS usr,
				       has_database_privilege(current_database(), 'CREATE') AS may_create,
				       (SELECT count(*) FROM unnest(string_to_array(?, ',')) s
				        WHERE NOT EXISTS (SELECT FROM pg_namespace n WHERE n.nspname = s)) AS missing
				""").param(String.join(",", this.schemas)).query().singleRow();
		if (!(Boolean) answer.get("may_create") && ((Number) answer.get("missing")).longValue() > 0) {
			throw new MigrationFailedException("the warehouse schema could not be migrated: the database user may not"
					+ " create what the warehouse needs (" + answer.get("usr") + " may not create schemas in database "
					+ answer.get("database") + "). " + GRANT.replace("<database>", answer.get("database").toString())
						.replace("<user>", answer.get("usr").toString()),
					true, null);
		}
	}

	/**
	 * A warehouse that no run has written to, whose history misses a migration that an
	 * earlier rtk-warehouse committed before it was killed: its schemas are dropped, in
	 * one transaction, to be migrated afresh. Only when Flyway created both schemas (its
	 * history says so) and no table holds a row.
	 * @return whether to migrate again
	 */
	private boolean startOverIfNeverUsed() {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET LOCAL lock_timeout = '30s'");
				// Flyway reads its history first: no other run migrates while this one
				// decides.
				statement.execute("LOCK TABLE " + this.history + " IN ACCESS EXCLUSIVE MODE");
				List<String> created = new ArrayList<>();
				try (ResultSet rs = statement
					.executeQuery("SELECT script FROM " + this.history + " WHERE type = 'SCHEMA' AND success")) {
					while (rs.next()) {
						Arrays.stream(rs.getString(1).split(","))
							.map((name) -> name.replace("\"", ""))
							.forEach(created::add);
					}
				}
				if (!created.containsAll(this.schemas) || holdsRows(connection)) {
					connection.rollback();
					return false;
				}
				for (String schema : this.schemas) {
					statement.execute("DROP SCHEMA IF EXISTS \"" + schema.replace("\"", "\"\"") + "\" CASCADE");
				}
				connection.commit();
				logger.warn("The warehouse schema held changes that Flyway's history did not record (a first run of"
						+ " an earlier rtk-warehouse killed while it migrated) and no data: schemas {} dropped, migrating"
						+ " them afresh", String.join(", ", this.schemas));
				return true;
			}
			catch (SQLException ex) {
				connection.rollback();
				// 42P01: the history is gone, another run is starting the warehouse over.
				return "42P01".equals(ex.getSQLState());
			}
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private boolean holdsRows(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
				FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = ANY (string_to_array(?, ',')) AND c.relkind IN ('r', 'p')
				  AND NOT (n.nspname = ? AND c.relname = ?)
				""")) {
			statement.setString(1, String.join(",", this.schemas));
			statement.setString(2, this.flyway.getConfiguration().getDefaultSchema());
			statement.setString(3, this.flyway.getConfiguration().getTable());
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String table : tables) {
				try (ResultSet rs = statement.executeQuery("SELECT EXISTS (SELECT FROM " + table + ")")) {
					rs.next();
					if (rs.getBoolean(1)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** The sessions that hold Flyway's advisory lock in this database, for a message. */
	private String flywayLockHolders() {
		long key = FLYWAY_LOCK + this.history.hashCode();
		try {
			return JdbcClient.create(this.dataSource)
				.sql("""
						SELECT coalesce(string_agg('PostgreSQL backend ' || l.pid || ' (role ' || coalesce(a.usename, '?')
						                           || coalesce(', application ' || nullif(a.application_name, ''), '') || ')',
						                           ', '), 'another session')
						FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
						WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
						  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
						  AND (l.classid::bigint << 32) + l.objid::bigint = ?
						""")
				.param(key)
				.query(String.class)
				.single();
		}
		catch (RuntimeException ex) {
			return "another session";
		}
	}

}
