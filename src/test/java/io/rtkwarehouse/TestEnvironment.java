package io.rtkwarehouse;

import java.util.LinkedHashMap;
import java.util.Map;

import io.rtkwarehouse.simulator.ApiSimulator;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points an application at the test database and the API simulator, with retries fast
 * enough for tests. Used by {@link IntegrationTest} contexts and, as command-line
 * properties, by runs of the command line.
 */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The properties of a test run; a test may override any of them. */
	public static Map<String, String> properties() {
		TestDatabase database = TestDatabase.get();
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", database.jdbcUrl());
		properties.put("spring.datasource.username", database.username());
		properties.put("spring.datasource.password", database.password());
		properties.put("rtk.base-url", TestApi.simulator().baseUrl());
		properties.put("rtk.api-token", ApiSimulator.DEFAULT_TOKEN);
		properties.put("rtk.account-id", ApiSimulator.DEFAULT_ACCOUNT);
		properties.put("rtk.rate.requests-per-second", "500");
		properties.put("rtk.rate.pause-without-retry-after", "50ms");
		properties.put("rtk.retry.initial-backoff", "5ms");
		properties.put("rtk.retry.max-backoff", "20ms");
		properties.put("rtk.http.read-timeout", "2s");
		// One request per day, as the tests of everything but zero spans count them; the
		// tests of spans turn them on (the default of a deployment).
		properties.put("rtk.spans.enabled", "false");
		// Idle connections close soon, so that one test's run and the next one's never
		// add up past the suite's limit of 10 (see ConnectionPeak).
		properties.put("spring.datasource.hikari.minimum-idle", "0");
		properties.put("spring.datasource.hikari.idle-timeout", "10000");
		return properties;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("rtk-test", new LinkedHashMap<>(properties())));
	}

}
