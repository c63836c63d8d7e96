package io.rtkwarehouse.config;

import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrations do not run when the application starts: a command first checks its input and
 * configuration, so that bad usage writes nothing, not even a schema, and then migrates
 * ({@code Flyway#migrate} is idempotent).
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

	@Bean
	FlywayMigrationStrategy migrateOnDemand() {
		return (flyway) -> {
		};
	}

	/**
	 * Each migration commits together with its row in Flyway's history, so that a run
	 * killed at any moment leaves either both or neither. With its default transactional
	 * lock, Flyway on PostgreSQL uses two sessions: one runs a migration and commits it,
	 * the other then records it in the history and commits that; a process that dies
	 * between the two commits (while the server is still writing the first, say) leaves
	 * the migration's tables with no record, and every later run fails on them
	 * ({@code relation "batch_job_instance" already exists}). Without it, Flyway uses one
	 * session and a session-level advisory lock. Every migration must therefore run in a
	 * transaction (no {@code CREATE INDEX CONCURRENTLY}). Set here rather than as
	 * {@code spring.flyway.postgresql.transactional-lock}, so that no setting can undo
	 * it.
	 */
	@Bean
	FlywayConfigurationCustomizer migrationsCommitWithTheirRecord() {
		return (configuration) -> configuration.getPluginRegister()
			.getExact(PostgreSQLConfigurationExtension.class)
			.setTransactionalLock(false);
	}

}
