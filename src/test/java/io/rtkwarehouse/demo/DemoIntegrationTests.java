package io.rtkwarehouse.demo;

import java.nio.file.Files;
import java.nio.file.Path;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoIntegrationTests {

	@BeforeEach
	void freshWarehouse() {
		TestDatabase.get().reset();
	}

	@Test
	void theDemoLoadsThreeAppsOverThirtyDaysAndShowsThem() {
		CliRuns.Result demo = CliRuns.runExactly(demoArgs(TestDatabase.get().jdbcUrl()));

		assertThat(demo.exitCode()).as(demo.all()).isZero();
		assertThat(demo.out()).contains("API simulator listening on http://127.0.0.1:")
			.contains("(the configured one)")
			.contains("3 app(s), 90 window(s) in range")
			.contains("windows fetched: 90, failed: 0")
			.contains("last 7 of 30 days")
			.contains("viewer_hours")
			.contains("To load your account:")
			.contains("export CLOUDFLARE_API_TOKEN=");
		assertThat(TestDatabase.get()
			.jdbc()
			.sql("SELECT count(*) FROM rtk.livestream_daily WHERE account_id = ?")
			.param(Demo.ACCOUNT)
			.query(Long.class)
			.single()).isEqualTo(90);
	}

	@Test
	void withoutADatabaseTheDemoSaysWhatItNeeds() {
		CliRuns.Result demo = CliRuns.runExactly(demoArgs("jdbc:postgresql://127.0.0.1:9/none"));

		assertThat(demo.exitCode()).isEqualTo(1);
		assertThat(demo.err())
			.contains("the demo needs PostgreSQL, and there is none at jdbc:postgresql://127.0.0.1:9/none");
	}

	@Test
	void theDemosQueryIsTheOneInTheSqlGuide() throws Exception {
		assertThat(Files.readString(Path.of("docs", "sql.md"))).contains(Demo.QUERY.strip());
	}

	private static String[] demoArgs(String url) {
		TestDatabase database = TestDatabase.get();
		return new String[] { "demo", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password() };
	}

}
