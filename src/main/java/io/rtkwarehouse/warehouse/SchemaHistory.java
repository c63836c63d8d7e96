package io.rtkwarehouse.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.MigrationVersion;

import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which migrations the schema has and which this jar packages, read without Flyway: the
 * commands that only read check the schema with one query instead of starting Flyway.
 * Flyway's history table is where {@code spring.flyway.default-schema} puts it
 * ({@code rtk_batch}); the packaged migrations are the {@code V<version>__*.sql} files in
 * {@code spring.flyway.locations} ({@code classpath:} or {@code filesystem:}).
 */
@Repository
public class SchemaHistory {

	private static final Pattern VERSIONED = Pattern.compile("V([^_]+(?:_[^_]+)*?)__.*\\.sql");

	private final JdbcClient jdbcClient;

	private final Environment environment;

	SchemaHistory(JdbcClient jdbcClient, Environment environment) {
		this.jdbcClient = jdbcClient;
		this.environment = environment;
	}

	/**
	 * The highest version applied (a failed one too, as Flyway's {@code current()}), or
	 * empty when the history table is not there or holds no version.
	 */
	public Optional<MigrationVersion> current() {
		String table = this.environment.getProperty("spring.flyway.default-schema", "rtk_batch") + "."
				+ this.environment.getProperty("spring.flyway.table", "flyway_schema_history");
		boolean exists = this.jdbcClient.sql("SELECT to_regclass(?) IS NOT NULL")
			.param(table)
			.query(Boolean.class)
			.single();
		if (!exists) {
			return Optional.empty();
		}
		return this.jdbcClient
			.sql("SELECT version FROM " + table + " WHERE version IS NOT NULL AND type <> 'DELETE'"
					+ " AND type NOT LIKE 'UNDO%'")
			.query(String.class)
			.list()
			.stream()
			.map(MigrationVersion::fromVersion)
			.max(MigrationVersion::compareTo);
	}

	/** The versions of the migrations this jar packages, lowest first. */
	public List<MigrationVersion> packaged() {
		List<MigrationVersion> versions = new ArrayList<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (String location : this.environment.getProperty("spring.flyway.locations", String[].class,
				new String[] { "classpath:db/migration" })) {
			String trimmed = location.trim().replaceAll("/+$", "");
			String pattern = trimmed.startsWith("filesystem:") ? "file:" + trimmed.substring("filesystem:".length())
					: "classpath*:" + trimmed.replaceFirst("^classpath:", "").replaceAll("^/+", "");
			try {
				for (Resource resource : resolver.getResources(pattern + "/**/V*.sql")) {
					Matcher name = VERSIONED.matcher(String.valueOf(resource.getFilename()));
					if (name.matches()) {
						versions.add(MigrationVersion.fromVersion(name.group(1)));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		Collections.sort(versions);
		return versions;
	}

}
