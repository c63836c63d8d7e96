package io.rtkwarehouse.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTests extends CommandTests {

	@Test
	void metricsArePushedToAnOpenTelemetryCollectorWhenConfigured() throws IOException {
		List<String> pushes = new CopyOnWriteArrayList<>();
		HttpServer collector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		collector.createContext("/v1/metrics", (exchange) -> {
			pushes.add(exchange.getRequestMethod() + " "
					+ new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		collector.start();
		try {
			CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-03",
					"--management.otlp.metrics.export.enabled=true",
					"--management.otlp.metrics.export.url=http://127.0.0.1:" + collector.getAddress().getPort()
							+ "/v1/metrics");

			assertThat(run.exitCode()).as(run.all()).isZero();
			assertThat(pushes).isNotEmpty();
			assertThat(String.join("", pushes)).startsWith("POST")
				.contains("rtk.api.requests")
				.contains("rtk.windows")
				.contains("rtk.api.retries")
				.contains("rtk.api.rate.limited")
				// Spring Batch's step and chunk meters, but not one observation per item.
				.contains("spring.batch.step")
				.contains("spring.batch.chunk.write")
				.doesNotContain("spring.batch.item");
		}
		finally {
			collector.stop(0);
		}
	}

	@Test
	void metricsAreNotPushedByDefault(CapturedOutput output) {
		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-01");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(output.getAll()).doesNotContain("OtlpMeterRegistry").doesNotContain("Failed to publish");
	}

	@Test
	void logsCanBeStructuredForLogShippers(CapturedOutput output) {
		TestApi.simulator().latency(Duration.ofMillis(30));

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-10",
				"--logging.structured.format.console=ecs", "--rtk.progress.interval=100ms");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(output.getOut().lines().filter((line) -> line.contains("progress: "))).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).startsWith("{\"@timestamp\"").contains("\"ecs\":{\"version\""));
	}

}
