package io.rtkwarehouse.warehouse;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * dbt/models/sources.yml against the catalogue of the migrated warehouse: it declares
 * exactly what rtk_reader may read, with the database's comments, so that it cannot drift
 * from the migrations.
 */
class DbtSourcesIntegrationTests {

	private static final Path SOURCES = Path.of("dbt", "models", "sources.yml");

	/** The relations of rtk that rtk_reader may read, by name. */
	private static final String READABLE = """
			SELECT c.relname FROM pg_class c
			WHERE c.relnamespace = 'rtk'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
			  AND has_table_privilege('rtk_reader', c.oid, 'SELECT')
			ORDER BY c.relname
			""";

	private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

	private final JdbcClient jdbc = TestDatabase.get().jdbc();

	private Map<String, Object> source;

	private Map<String, Map<String, Object>> tables;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void readTheSources() throws IOException {
		Map<String, Object> document;
		try (Reader reader = Files.newBufferedReader(SOURCES)) {
			document = new Yaml().load(reader);
		}
		assertThat(document).containsEntry("version", 2);
		List<Map<String, Object>> sources = (List<Map<String, Object>>) document.get("sources");
		assertThat(sources).hasSize(1);
		this.source = sources.get(0);
		this.tables = new LinkedHashMap<>();
		for (Map<String, Object> table : (List<Map<String, Object>>) this.source.get("tables")) {
			assertThat(this.tables.put((String) table.get("name"), table)).as("tables named %s", table.get("name"))
				.isNull();
		}
	}

	@Test
	void theSourceIsTheSchemaRtkWithItsComment() {
		assertThat(this.source).containsEntry("name", "rtk")
			.containsEntry("schema", "rtk")
			.containsEntry("description",
					this.jdbc.sql("SELECT obj_description('rtk'::regnamespace, 'pg_namespace')")
						.query(String.class)
						.single());
	}

	@Test
	void everyRelationTheReaderMayReadIsDeclaredAndNothingElse() {
		List<String> readable = this.jdbc.sql(READABLE).query(String.class).list();

		assertThat(this.tables.keySet()).containsExactlyInAnyOrderElementsOf(readable)
			.contains("day_state", "coverage", "completeness", "run_history", "livestream_daily", "livestream_monthly")
			.doesNotContain("livestream_fetch", "usage_fetch", "livestream_daywise_fetch");
	}

	@Test
	void everyRelationAndColumnIsDeclaredWithTheDatabasesColumnsAndComments() {
		for (Map.Entry<String, Map<String, Object>> table : this.tables.entrySet()) {
			String relation = table.getKey();
			assertThat(table.getValue().get("description")).as("description of %s", relation)
				.isNotNull()
				.isEqualTo(this.jdbc.sql("SELECT obj_description(to_regclass(?), 'pg_class')")
					.param("rtk." + relation)
					.query(String.class)
					.single());
			Map<String, String> declared = new LinkedHashMap<>();
			for (Map<String, Object> column : columns(relation)) {
				assertThat(declared.put((String) column.get("name"), (String) column.get("description")))
					.as("columns of %s named %s", relation, column.get("name"))
					.isNull();
			}
			Map<String, String> catalogue = new LinkedHashMap<>();
			for (Map<String, Object> row : this.jdbc.sql("""
					SELECT a.attname AS name, col_description(a.attrelid, a.attnum) AS description FROM pg_attribute a
					WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped
					ORDER BY a.attnum
					""").param("rtk." + relation).query().listOfRows()) {
				catalogue.put((String) row.get("name"), (String) row.get("description"));
			}
			assertThat(catalogue).as("comments of the columns of %s", relation).doesNotContainValue(null);
			assertThat(declared).as("columns of %s", relation).containsExactlyEntriesOf(catalogue);
		}
	}

	@Test
	void theKeysOfEveryRelationAreTestedNotNullAndEveryTablesPrimaryKeyAmongThem() {
		for (String relation : this.tables.keySet()) {
			Set<String> notNull = notNull(relation);
			assertThat(notNull).as("columns of %s tested not_null", relation).isNotEmpty();
			List<String> primaryKey = this.jdbc.sql("""
					SELECT a.attname FROM pg_constraint k
					JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
					WHERE k.conrelid = to_regclass(?) AND k.contype = 'p'
					""").param("rtk." + relation).query(String.class).list();
			assertThat(notNull).as("columns of %s tested not_null", relation).containsAll(primaryKey);
		}
		assertThat(notNull("day_state")).containsExactly("account_id", "dataset", "app_id", "day");
		assertThat(notNull("coverage")).containsExactlyInAnyOrder("account_id", "dataset", "app_id", "day");
		assertThat(notNull("completeness")).containsExactly("account_id", "dataset");
	}

	@Test
	void acceptedStatesAreTheStatesTheWarehouseCanHold() throws IOException {
		List<String> dayStates = dayStates();
		assertThat(dayStates).containsExactlyInAnyOrder("loaded", "zero", "protected", "retention-zero", "open",
				"failed", "missing");
		Map<String, List<String>> accepted = new LinkedHashMap<>();
		for (String relation : this.tables.keySet()) {
			for (Map<String, Object> column : columns(relation)) {
				for (Object test : tests(column)) {
					if (test instanceof Map<?, ?> map && map.containsKey("accepted_values")) {
						Map<?, ?> arguments = (Map<?, ?>) map.get("accepted_values");
						List<String> values = new ArrayList<>();
						((List<?>) arguments.get("values")).forEach((value) -> values.add((String) value));
						accepted.put(relation + "." + column.get("name"), values);
					}
				}
			}
		}

		assertThat(accepted).containsKeys("day_state.state", "coverage.state", "window_ledger.status");
		accepted.forEach((column, values) -> {
			List<String> checked = checkedValues(column);
			if (checked.isEmpty()) {
				assertThat(column).as("a view's column with accepted values").endsWith(".state");
			}
			assertThat(values).as("accepted values of %s", column)
				.doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(checked.isEmpty() ? dayStates : checked);
		});
	}

	@Test
	void freshnessComesFromTheCompletenessView() {
		Map<String, Object> completeness = this.tables.get("completeness");

		assertThat(completeness).containsEntry("loaded_at_field", "last_loaded_at")
			.containsEntry("freshness", Map.of("warn_after", Map.of("count", 2, "period", "day"), "error_after",
					Map.of("count", 4, "period", "day")));
		assertThat(columns("completeness")).extracting((column) -> column.get("name")).contains("last_loaded_at");
	}

	@Test
	void theProjectIsNamedAndReadsItsModels() throws IOException {
		Map<String, Object> project;
		try (Reader reader = Files.newBufferedReader(Path.of("dbt", "dbt_project.yml"))) {
			project = new Yaml().load(reader);
		}

		assertThat(project).containsEntry("name", "rtk_warehouse")
			.containsEntry("config-version", 2)
			.containsEntry("model-paths", List.of("models"));
	}

	/**
	 * The states rtk.day_state's CASE can produce (db/migration/V10__day_state.sql).
	 */
	private static List<String> dayStates() throws IOException {
		String view = Files.readString(Path.of("db", "migration", "V10__day_state.sql"));
		String head = view.substring(0, view.indexOf("END AS state,"));
		Matcher results = Pattern.compile("(?:THEN|ELSE) '([a-z-]+)'")
			.matcher(head.substring(head.lastIndexOf("CASE")));
		List<String> states = new ArrayList<>();
		while (results.find()) {
			states.add(results.group(1));
		}
		return states;
	}

	/**
	 * The values a CHECK constraint allows the column
	 * ({@code column = ANY (ARRAY[...])}), none when it has no such constraint (a view's
	 * column).
	 */
	private List<String> checkedValues(String column) {
		String[] names = column.split("\\.");
		List<String> definitions = this.jdbc.sql("""
				SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k
				WHERE k.conrelid = to_regclass(?) AND k.contype = 'c'
				""").param("rtk." + names[0]).query(String.class).list();
		List<String> values = new ArrayList<>();
		for (String definition : definitions) {
			if (definition.startsWith("CHECK ((" + names[1] + " = ANY (ARRAY[")) {
				Matcher quoted = QUOTED.matcher(definition);
				while (quoted.find()) {
					values.add(quoted.group(1));
				}
			}
		}
		return values;
	}

	private Set<String> notNull(String relation) {
		Set<String> names = new LinkedHashSet<>();
		for (Map<String, Object> column : columns(relation)) {
			if (tests(column).contains("not_null")) {
				names.add((String) column.get("name"));
			}
		}
		return names;
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> columns(String relation) {
		List<Map<String, Object>> columns = (List<Map<String, Object>>) this.tables.get(relation).get("columns");
		assertThat(columns).as("columns of %s", relation).isNotNull();
		return columns;
	}

	private static List<?> tests(Map<String, Object> column) {
		Object tests = column.get("data_tests");
		return (tests != null) ? (List<?>) tests : List.of();
	}

}
