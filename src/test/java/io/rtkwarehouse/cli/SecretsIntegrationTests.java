package io.rtkwarehouse.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.ChildJvm;
import io.rtkwarehouse.TestEnvironment;
import io.rtkwarehouse.simulator.Bodies;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsIntegrationTests extends CommandTests {

	private static final String TOKEN = "Xq7-secret-token-never-shown-4242";

	@BeforeEach
	void acceptOnlyTheSecretToken() {
		this.api.token(TOKEN);
	}

	@Test
	void theTokenAppearsNowhereEvenWithWireLoggingAndFailures() throws Exception {
		String app = this.api.apps().get(0).id();
		long start = DayWindow.of(app, LocalDate.of(2025, 1, 2), ZoneOffset.UTC).start().getEpochSecond();
		this.scripted.failWindow(app, start, Integer.MAX_VALUE, 400, Bodies.errorBody(400, "bad request"));

		String loaded = runChild("backfill", "--from=2025-01-01", "--to=2025-01-03");
		this.api.token("a-different-token");
		String refused = runChild("nightly", "--date=2025-01-05");

		assertThat(loaded).contains("HTTP 400").contains("Authorization: Bearer <redacted>");
		assertThat(refused).contains("HTTP 401");
		assertThat(loaded + refused).doesNotContain(TOKEN);
		assertThat(everyTextInTheDatabase()).isNotEmpty().doesNotContain(TOKEN);
	}

	private String runChild(String... command) throws Exception {
		List<String> args = new ArrayList<>(List.of(command));
		TestEnvironment.properties().forEach((name, value) -> {
			if (!name.equals("rtk.api-token")) {
				args.add("--" + name + "=" + value);
			}
		});
		args.add("--logging.level.root=debug");
		args.add("--logging.level.io.rtkwarehouse=trace");
		args.add("--spring.cloud.openfeign.client.config.realtimekit.logger-level=full");
		ChildJvm child = ChildJvm.start(Map.of("CLOUDFLARE_API_TOKEN", TOKEN), args);
		child.waitFor();
		return child.output();
	}

	private String everyTextInTheDatabase() {
		StringBuilder all = new StringBuilder();
		for (String table : List.of("rtk.livestream_daily", "rtk.window_ledger", "rtk_batch.batch_job_instance",
				"rtk_batch.batch_job_execution", "rtk_batch.batch_job_execution_params",
				"rtk_batch.batch_job_execution_context", "rtk_batch.batch_step_execution",
				"rtk_batch.batch_step_execution_context", "rtk_batch.flyway_schema_history")) {
			this.jdbc.sql("SELECT t::text FROM " + table + " t").query(String.class).list().forEach(all::append);
		}
		return all.toString();
	}

}
