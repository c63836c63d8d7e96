package io.rtkwarehouse.demo;

import java.nio.file.Files;
import java.nio.file.Path;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DemoIntegrationTests {

	/** Of this test run: test runs that share a server do not meet. */
	private static final String DEMO_DATABASE = "rtk_demo_test_" + ProcessHandle.current().pid();

	@TempDir
	Path cache;

	@BeforeEach
	void freshWarehouse() {
		TestDatabase.get().reset();
	}

	@AfterEach
	void noDemoDatabaseLeft() {
		TestDatabase.get().jdbc().sql("DROP DATABASE IF EXISTS " + DEMO_DATABASE + " WITH (FORCE)").update();
	}

	@Test
	void theDemoLoadsThreeAppsOverThirtyDaysIntoADatabaseOfItsOwnAndShowsThem() {
		CliRuns.Result demo = CliRuns.runExactly(demoArgs(TestDatabase.get().jdbcUrl(), "--database=" + DEMO_DATABASE));

		assertThat(demo.exitCode()).as(demo.all()).isZero();
		assertThat(demo.out()).contains("API simulator listening on http://127.0.0.1:")
			.contains("/" + DEMO_DATABASE + " (the demo's own, on the configured server)")
			.contains("3 app(s), 90 window(s) in range")
			.contains("windows fetched: 90, failed: 0")
			.contains("last 7 of 30 days")
			.contains("viewer_hours")
			.contains("To load your account:")
			.contains("export CLOUDFLARE_API_TOKEN=")
			.contains("demo --remove --database=" + DEMO_DATABASE);
		assertThat(demoRows()).isEqualTo(90);
		assertThat(TestDatabase.get()
			.jdbc()
			.sql("SELECT count(*) FROM rtk.livestream_daily WHERE account_id = ?")
			.param(Demo.ACCOUNT)
			.query(Long.class)
			.single()).as("demo rows in the configured database").isZero();

		CliRuns.Result remove = CliRuns
			.runExactly(demoArgs(TestDatabase.get().jdbcUrl(), "--remove", "--database=" + DEMO_DATABASE));

		assertThat(remove.exitCode()).as(remove.all()).isZero();
		assertThat(remove.out()).contains("Dropped the demo's database");
		assertThat(TestDatabase.get()
			.jdbc()
			.sql("SELECT count(*) FROM pg_database WHERE datname = ?")
			.param(DEMO_DATABASE)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theDemoPrintsTheBackfillItRanInFull() {
		CliRuns.Result demo = CliRuns.runExactly(demoArgs(TestDatabase.get().jdbcUrl(), "--database=" + DEMO_DATABASE));

		assertThat(demo.exitCode()).as(demo.all()).isZero();
		assertThat(demo.out()).containsPattern("\\$ java -jar target/rtk-warehouse.jar backfill --from=\\S+ --to=\\S+"
				+ " --rtk.base-url=http://127.0.0.1:\\d+/client/v4 .*--spring.datasource.url=\\S+/" + DEMO_DATABASE);
	}

	@Test
	void aDatabaseOfTheDemosNameThatIsNotTheDemosIsLeftAlone() {
		TestDatabase.get().jdbc().sql("CREATE DATABASE " + DEMO_DATABASE).update();
		try {
			CliRuns.Result demo = CliRuns
				.runExactly(demoArgs(TestDatabase.get().jdbcUrl(), "--database=" + DEMO_DATABASE));

			assertThat(demo.exitCode()).isEqualTo(1);
			assertThat(demo.err()).contains("a database " + DEMO_DATABASE + " exists and is not the demo's");
		}
		finally {
			assertThat(TestDatabase.get()
				.jdbc()
				.sql("SELECT count(*) FROM pg_database WHERE datname = ?")
				.param(DEMO_DATABASE)
				.query(Long.class)
				.single()).isOne();
		}
	}

	private static long demoRows() {
		TestDatabase database = TestDatabase.get();
		String url = database.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DEMO_DATABASE + "$1");
		try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, database.username(),
				database.password());
				java.sql.ResultSet rs = connection.createStatement()
					.executeQuery(
							"SELECT count(*) FROM rtk.livestream_daily WHERE account_id = '" + Demo.ACCOUNT + "'")) {
			rs.next();
			return rs.getLong(1);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void withoutADatabaseTheDemoSaysWhatItNeeds() {
		CliRuns.Result demo = CliRuns.runExactly(demoArgs("jdbc:postgresql://127.0.0.1:9/none",
				"--postgres-repository=http://127.0.0.1:9/maven2", "--postgres-cache=" + this.cache));

		assertThat(demo.exitCode()).as(demo.all()).isEqualTo(2);
		assertThat(demo.err().strip()).doesNotContain("\n")
			.startsWith("error: the demo needs PostgreSQL, and there is none at jdbc:postgresql://127.0.0.1:9/none")
			.contains("it could not start its own: ")
			.contains("--spring.datasource.url=");
	}

	@Test
	void theDemosQueryIsTheOneInTheSqlGuide() throws Exception {
		assertThat(Files.readString(Path.of("docs", "sql.md"))).contains(Demo.QUERY.strip());
	}

	private static String[] demoArgs(String url, String... options) {
		TestDatabase database = TestDatabase.get();
		java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("demo",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password()));
		args.addAll(java.util.List.of(options));
		return args.toArray(String[]::new);
	}

}
