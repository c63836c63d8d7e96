package io.rtkwarehouse.demo;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import ch.qos.logback.classic.Level;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.LoggerFactory;

/**
 * The demo's own PostgreSQL where the configured one cannot be reached: zonky's embedded
 * PostgreSQL, from binaries downloaded once ({@link PostgresBinaries}), with a data
 * directory that is removed when the demo ends.
 */
final class EmbeddedServer implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private EmbeddedServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts a server, or says in one phrase why it cannot.
	 * @throws CannotStartException when it cannot: its message completes "could not start
	 * its own PostgreSQL: ..."
	 */
	static EmbeddedServer start(PostgresBinaries binaries) throws CannotStartException {
		String refusal = refusal();
		if (refusal != null) {
			throw new CannotStartException(refusal);
		}
		quiet();
		Path log = binaries.cache().resolve("postgres.log");
		try {
			// Download first, so that a failure is named as one and not as an unpacking
			// error.
			binaries.jar(system(), System.getProperty("os.arch"));
			Files.deleteIfExists(log);
			return new EmbeddedServer(EmbeddedPostgres.builder()
				.setPgBinaryResolver(binaries)
				.setOverrideWorkingDirectory(binaries.cache().resolve("postgres").toFile())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setOutputRedirector(Redirect.appendTo(log.toFile()))
				.setErrorRedirector(Redirect.appendTo(log.toFile()))
				.start());
		}
		catch (IOException | RuntimeException | ExceptionInInitializerError ex) {
			Throwable cause = (ex.getCause() != null && ex instanceof ExceptionInInitializerError) ? ex.getCause() : ex;
			String why = (cause.getMessage() != null) ? cause.getMessage() : cause.toString();
			throw new CannotStartException(Files.exists(log) ? why + "; its log: " + log : why);
		}
	}

	/** Why no server can start here whatever the binaries, or {@code null}. */
	static String refusal() {
		// initdb refuses to run as root; zonky then runs it in a user namespace, where
		// the kernel allows one.
		return (root() && !LinuxUtils.isUnshareAvailable())
				? "PostgreSQL refuses to run as root (run the demo as another user)" : null;
	}

	DemoDatabase database() {
		return new DemoDatabase("jdbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres", "postgres", "");
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			// Its data directory is a temporary one; the shutdown hook tries again.
		}
	}

	/** Zonky's name of the system, as in the names of its binaries. */
	private static String system() {
		String os = System.getProperty("os.name");
		if (os.startsWith("Windows")) {
			return "Windows";
		}
		return (os.startsWith("Mac")) ? "Darwin" : os;
	}

	private static boolean root() {
		try {
			Class<?> unix = Class.forName("com.sun.security.auth.module.UnixSystem");
			Object uid = unix.getMethod("getUid").invoke(unix.getDeclaredConstructor().newInstance());
			return ((Number) uid).longValue() == 0;
		}
		catch (ReflectiveOperationException | LinkageError | RuntimeException ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	/** Zonky logs every step; the demo prints what matters itself. */
	private static void quiet() {
		if (LoggerFactory.getLogger("io.zonky") instanceof ch.qos.logback.classic.Logger logger) {
			logger.setLevel(Level.OFF);
		}
	}

	/** Why the demo's own PostgreSQL could not start. */
	static final class CannotStartException extends Exception {

		CannotStartException(String message) {
			super(message);
		}

	}

}
