package io.rtkwarehouse.cli;

import java.io.PrintStream;
import java.sql.SQLException;

import io.rtkwarehouse.RtkWarehouseApplication;
import io.rtkwarehouse.config.InvalidConfigurationException;
import io.rtkwarehouse.run.ExitCodes;
import io.rtkwarehouse.run.Failures;
import io.rtkwarehouse.run.MigrationFailedException;
import io.rtkwarehouse.run.RunStopper;
import io.rtkwarehouse.source.ApiAuthorizationException;
import io.rtkwarehouse.source.ApiException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application context for a command that has parsed, runs it, and maps every
 * failure outside the job (configuration, database, API) to a message and an exit code.
 */
final class SpringRun {

	private static final Logger logger = LoggerFactory.getLogger(SpringRun.class);

	/** PostgreSQL's SQLSTATE for a missing privilege. */
	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	private static final String NO_PREINITIALIZER = "spring.backgroundpreinitializer.ignore";

	private SpringRun() {
	}

	/**
	 * @param readOnly a command that does not run a job: its beans are made when first
	 * used, so that the jobs and their steps, which it never uses, cost nothing at start
	 */
	static int with(Session session, boolean readOnly, ContextCall call) {
		return run(session, new SpringApplicationBuilder(RtkWarehouseApplication.class).lazyInitialization(readOnly),
				!readOnly, call);
	}

	/**
	 * Runs {@code call} in the light context of a command that only reads the warehouse
	 * ({@link ReadingApplication}): a DataSource and the configuration, no Spring Batch,
	 * Flyway, API client or simulator.
	 */
	static int reading(Session session, ContextCall call) {
		// Spring Boot's background pre-initializer warms up Hibernate Validator, Jackson
		// and
		// more on a second thread: CPU that a command which only reads never uses.
		String before = System.setProperty(NO_PREINITIALIZER, "true");
		try {
			return run(session, new SpringApplicationBuilder(ReadingApplication.class).web(WebApplicationType.NONE)
				.lazyInitialization(true), false, call);
		}
		finally {
			if (before == null) {
				System.clearProperty(NO_PREINITIALIZER);
			}
			else {
				System.setProperty(NO_PREINITIALIZER, before);
			}
		}
	}

	private static int run(Session session, SpringApplicationBuilder application, boolean stoppable, ContextCall call) {
		try (ConfigurableApplicationContext context = application.logStartupInfo(false)
			.run(session.springArgs().toArray(String[]::new))) {
			if (stoppable) {
				RunStopper stopper = context.getBean(RunStopper.class);
				Signals.whileRunning(stopper::stop);
			}
			return call.run(context);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			session.err().println("error: interrupted");
			return ExitCodes.FAILED;
		}
		catch (RuntimeException ex) {
			return report(ex, session.err());
		}
		finally {
			Signals.done();
		}
	}

	static int report(Throwable ex, PrintStream err) {
		logger.debug("The command failed", ex);
		InvalidConfigurationException invalid = Failures.find(ex, InvalidConfigurationException.class);
		if (invalid != null) {
			err.println("error: the configuration is not usable; nothing was written:");
			invalid.problems().forEach((problem) -> err.println("  - " + problem));
			return ExitCodes.USAGE;
		}
		BindException binding = Failures.find(ex, BindException.class);
		if (binding != null) {
			err.println("error: the configuration is not usable; nothing was written:");
			err.println("  - " + describe(binding));
			return ExitCodes.USAGE;
		}
		RuntimeException api = Failures.find(ex, ApiAuthorizationException.class);
		if (api == null) {
			api = Failures.find(ex, ApiException.class);
		}
		if (api != null) {
			err.println("error: " + api.getMessage());
			return ExitCodes.FAILED;
		}
		MigrationFailedException migration = Failures.find(ex, MigrationFailedException.class);
		if (migration != null) {
			err.println("error: " + migration.getMessage());
			return migration.configuration() ? ExitCodes.USAGE : ExitCodes.FAILED;
		}
		SQLException sql = Failures.find(ex, SQLException.class);
		if (sql != null && INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState())) {
			err.println("error: the database user may not create what the warehouse needs (" + Failures.describe(sql)
					+ "). The first run creates the schemas rtk and rtk_batch and their tables; as an admin, either"
					+ " GRANT CREATE ON DATABASE <database> TO <user>, or create them for it: CREATE SCHEMA rtk"
					+ " AUTHORIZATION <user>; CREATE SCHEMA rtk_batch AUTHORIZATION <user>. Nothing was written.");
			return ExitCodes.USAGE;
		}
		if (sql != null) {
			err.println("error: the database cannot be reached or went away: " + Failures.describe(sql)
					+ " (check spring.datasource.url and that PostgreSQL is up). Run the same command again when"
					+ " it is back: the run resumes where it stopped.");
			return ExitCodes.FAILED;
		}
		err.println("error: " + Failures.describe(ex));
		return ExitCodes.FAILED;
	}

	/**
	 * A property whose value does not convert: its name and why, never a secret's value.
	 */
	private static String describe(BindException binding) {
		ConfigurationProperty property = binding.getProperty();
		String name = (property != null) ? property.getName().toString() : binding.getName().toString();
		boolean secret = name.contains("token") || name.contains("password") || name.contains("secret");
		String value = (property == null || secret) ? "" : " '" + shown(String.valueOf(property.getValue())) + "'";
		Throwable root = binding;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String reason = (root != binding && root.getMessage() != null && !secret) ? ": " + Failures.describe(root) : "";
		return name + value + " is not a valid value for it" + reason;
	}

	/** A value as a message quotes it: printable, at most 80 characters. */
	private static String shown(String value) {
		String printable = value.replaceAll("\\p{Cntrl}", " ");
		return (printable.length() <= 80) ? printable : printable.substring(0, 80) + "…";
	}

	/** What a command does with the application context. */
	interface ContextCall {

		int run(ConfigurableApplicationContext context) throws InterruptedException;

	}

}
