package io.rtkwarehouse.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.simulator.ApiSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped jobs/rtk-warehouse.env.example, filled in, serves cron and systemd alike:
 * jobs/nightly loads rows when cron starts it with nothing but the path to the file, and
 * when systemd has put the file's variables into its environment.
 */
class EnvironmentFileIntegrationTests {

	private static final List<String> NIGHTLY = List.of("jobs/nightly", "--date=2025-01-05");

	/** The simulator's 3 apps times the day before --date and the 3 lookback days. */
	private static final int ROWS = 3 * 4;

	private static Process simulator;

	private static String baseUrl;

	@TempDir
	Path directory;

	@BeforeAll
	static void startSimulator() throws IOException {
		// No Spring context has configured logging in this JVM: TestDatabase's migration
		// would
		// log at INFO.
		((Logger) LoggerFactory.getLogger("org.flywaydb")).setLevel(Level.WARN);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		simulator = new ProcessBuilder(java, "-jar", "target/rtk-warehouse.jar", "simulator", "--port=0",
				"--until-stdin-closes")
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8));
		String first = output.readLine();
		assertThat(first).as("the simulator's first line").startsWith("simulator listening on ");
		baseUrl = first.substring("simulator listening on ".length());
	}

	@AfterAll
	static void stopSimulator() throws Exception {
		if (simulator == null) {
			return;
		}
		simulator.getOutputStream().close();
		if (!simulator.waitFor(30, TimeUnit.SECONDS)) {
			simulator.destroyForcibly().waitFor();
		}
	}

	@BeforeEach
	void freshWarehouse() {
		TestDatabase.get().reset();
	}

	@Test
	void cronRunsTheScriptWithOnlyThePathToTheFile() throws Exception {
		List<String> command = new ArrayList<>(List.of("env", "-i", "PATH=/usr/bin:/bin", "HOME=" + this.directory,
				"RTK_ENV_FILE=" + filledInExample()));
		command.addAll(NIGHTLY);

		JobsScript.Result run = JobsScript.run(Map.of("PATH", "/usr/bin:/bin"), command);

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(loadedRows()).as(run.output()).isEqualTo(ROWS);
	}

	@Test
	void systemdRunsTheScriptWithTheVariablesOfTheFile() throws Exception {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
		environment.put("HOME", this.directory.toString());
		environment.putAll(SystemdEnvironmentFile.read(filledInExample()));
		environment.put("RTK_ENV_FILE", this.directory.resolve("absent.env").toString());

		JobsScript.Result run = JobsScript.run(environment, NIGHTLY);

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(loadedRows()).as(run.output()).isEqualTo(ROWS);
	}

	/**
	 * The example with the simulator's and the test database's values: each of its
	 * NAME=value (or commented #NAME=value) lines of these names takes the value in
	 * double quotes; the two that only a test sets are added at the end.
	 */
	private Path filledInExample() throws IOException {
		TestDatabase database = TestDatabase.get();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("CLOUDFLARE_API_TOKEN", ApiSimulator.DEFAULT_TOKEN);
		values.put("CLOUDFLARE_ACCOUNT_ID", ApiSimulator.DEFAULT_ACCOUNT);
		values.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
		values.put("SPRING_DATASOURCE_USERNAME", database.username());
		values.put("SPRING_DATASOURCE_PASSWORD", database.password());
		values.put("JAVA_HOME", System.getProperty("java.home"));
		values.put("RTK_BASE_URL", baseUrl);
		values.put("RTK_RATE_REQUESTS_PER_SECOND", "500");
		values.put("RTK_RETRY_INITIAL_BACKOFF", "5ms");
		List<String> lines = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("jobs", "rtk-warehouse.env.example"))) {
			String name = line.replaceFirst("^#?([A-Za-z_][A-Za-z0-9_]*)=.*", "$1");
			String value = values.remove(name);
			lines.add((value != null) ? name + "=\"" + value + "\"" : line);
		}
		assertThat(values.keySet()).as("names the example does not have")
			.isSubsetOf("RTK_BASE_URL", "RTK_RETRY_INITIAL_BACKOFF");
		values.forEach((name, value) -> lines.add(name + "=\"" + value + "\""));
		return Files.write(this.directory.resolve("rtk-warehouse.env"), lines);
	}

	private long loadedRows() {
		return TestDatabase.get().jdbc().sql("SELECT count(*) FROM rtk.livestream_daily").query(Long.class).single();
	}

}
