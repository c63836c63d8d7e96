package io.rtkwarehouse.cli;

import java.io.PrintStream;
import java.sql.SQLException;

import io.rtkwarehouse.RtkWarehouseApplication;
import io.rtkwarehouse.config.InvalidConfigurationException;
import io.rtkwarehouse.run.ExitCodes;
import io.rtkwarehouse.run.Failures;
import io.rtkwarehouse.run.RunStopper;
import io.rtkwarehouse.source.ApiAuthorizationException;
import io.rtkwarehouse.source.ApiException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application context for a command that has parsed, runs it, and maps every
 * failure outside the job (configuration, database, API) to a message and an exit code.
 */
final class SpringRun {

	private SpringRun() {
	}

	/**
	 * @param readOnly a command that only reads the warehouse: its beans are made when
	 * first used, so that the API client, the jobs and their steps, which it never uses,
	 * cost nothing at start
	 */
	static int with(Session session, boolean readOnly, ContextCall call) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RtkWarehouseApplication.class)
			.logStartupInfo(false)
			.lazyInitialization(readOnly)
			.run(session.springArgs().toArray(String[]::new))) {
			if (!readOnly) {
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
		InvalidConfigurationException invalid = Failures.find(ex, InvalidConfigurationException.class);
		if (invalid != null) {
			err.println("error: the configuration is not usable; nothing was written:");
			invalid.problems().forEach((problem) -> err.println("  - " + problem));
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
		SQLException sql = Failures.find(ex, SQLException.class);
		if (sql != null) {
			err.println("error: the database cannot be reached or went away: " + sql.getMessage()
					+ " (check spring.datasource.url and that PostgreSQL is up). Run the same command again when"
					+ " it is back: the run resumes where it stopped.");
			return ExitCodes.FAILED;
		}
		err.println("error: " + Failures.describe(ex));
		return ExitCodes.FAILED;
	}

	/** What a command does with the application context. */
	interface ContextCall {

		int run(ConfigurableApplicationContext context) throws InterruptedException;

	}

}
