package io.rtkwarehouse.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations a jar packages, as Flyway would find them, without Flyway. */
class SchemaHistoryTests {

	@Test
	void theJarsMigrationsAreItsVersionedScriptsInOrder() throws Exception {
		SchemaHistory history = new SchemaHistory(null, new MockEnvironment());
		long scripts;
		try (var files = Files.list(Path.of("db", "migration"))) {
			scripts = files.filter((file) -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
		}

		assertThat(history.packaged()).hasSize((int) scripts)
			.startsWith(MigrationVersion.fromVersion("1"), MigrationVersion.fromVersion("2"))
			.isSorted();
	}

	@Test
	void aFilesystemLocationCountsOnlyVersionedScripts(@TempDir Path directory) throws Exception {
		Files.writeString(directory.resolve("V1__first.sql"), "");
		Files.createDirectories(directory.resolve("more"));
		Files.writeString(directory.resolve("more/V2_1__second_part.sql"), "");
		Files.writeString(directory.resolve("R__repeatable.sql"), "");
		Files.writeString(directory.resolve("afterMigrate.sql"), "");
		MockEnvironment environment = new MockEnvironment().withProperty("spring.flyway.locations",
				"filesystem:" + directory);

		assertThat(new SchemaHistory(null, environment).packaged()).extracting(MigrationVersion::toString)
			.containsExactly("1", "2.1");
	}

}
