package io.rtkwarehouse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;

/** Whether Testcontainers can start containers here. */
final class DockerEngine {

	private DockerEngine() {
	}

	static boolean available() {
		// Skip Testcontainers' probe, and its error log, where no Docker engine can be.
		boolean socket = Files.exists(Path.of("/var/run/docker.sock"))
				|| Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
		if (System.getenv("DOCKER_HOST") == null && !socket) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

}
