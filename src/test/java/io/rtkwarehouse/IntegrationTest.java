package io.rtkwarehouse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the application context against the test run's PostgreSQL and the shared API
 * simulator (see {@link TestEnvironment}). The context closes after its class, and its
 * connections with it, so that contexts do not pile up connections the suite's limit
 * counts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@DirtiesContext
@ContextConfiguration(initializers = TestEnvironment.class)
public @interface IntegrationTest {

}
