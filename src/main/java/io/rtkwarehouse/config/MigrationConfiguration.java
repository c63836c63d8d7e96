package io.rtkwarehouse.config;

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

}
