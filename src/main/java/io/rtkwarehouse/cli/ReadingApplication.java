package io.rtkwarehouse.cli;

import io.rtkwarehouse.report.HealthReport;
import io.rtkwarehouse.run.WarehouseReading;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application context of {@code status}, {@code gaps} and {@code report}: a
 * DataSource with its JdbcTemplate, JdbcClient and transaction manager (which the
 * datasets' beans take), the configuration, and what they read with. The properties come
 * from the same sources as the whole application's (arguments, environment,
 * {@code application.yml}, {@code SPRING_APPLICATION_JSON}); Spring Batch, Flyway, Feign,
 * Micrometer and the simulator are not started. Not a {@code @Configuration}, so that the
 * whole application does not pick it up.
 */
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
		DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
		JdbcClientAutoConfiguration.class })
@Import({ WarehouseReading.class, HealthReport.class })
class ReadingApplication {

}
