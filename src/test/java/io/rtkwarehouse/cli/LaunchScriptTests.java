package io.rtkwarehouse.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * jobs/nightly and jobs/backfill read the environment file as systemd does and find java
 * and the jar, run with a stand-in for java that records its arguments and environment.
 */
class LaunchScriptTests {

	private static final Path NIGHTLY = Path.of("jobs", "nightly").toAbsolutePath();

	@TempDir
	Path directory;

	private Path javaHome;

	private Path jar;

	@BeforeEach
	void standInForJava() throws IOException {
		this.javaHome = this.directory.resolve("jdk");
		Files.createDirectories(this.javaHome.resolve("bin"));
		Path java = Files.writeString(this.javaHome.resolve("bin").resolve("java"), """
				#!/bin/sh
				home="$(dirname "$0")/.."
				printf '%s\\n' "$@" >"$home/args"
				env -0 >"$home/environment"
				""");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		this.jar = Files.createFile(this.directory.resolve("any.jar"));
	}

	@Test
	void readsTheEnvironmentFileAsSystemdDoes() throws Exception {
		String text = """
				# a comment
				  ; another comment

				PLAIN=plain value  \t
				DOUBLE="quoted \\"x\\" \\\\ \\$HOME \\n "
				SINGLE='single $HOME \\n'
				ESCAPED=esc\\aped\\\s
				HASH=a#b # not a comment
				EMPTY=
				SPACED = around
				DOLLAR=$HOME
				URL=jdbc:postgresql://db:5432/analytics?ssl=true&x=1
				JAVA_HOME=%s
				LAST=no newline at the end""".formatted(this.javaHome);
		Path file = Files.writeString(this.directory.resolve("rtk.env"), text);
		Map<String, String> systemd = SystemdEnvironmentFile.parse(text);

		JobsScript.Result run = nightly(Map.of("RTK_ENV_FILE", file.toString(), "RTK_JAR", this.jar.toString()));

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(systemd).hasSize(11)
			.containsEntry("DOUBLE", "quoted \"x\" \\ $HOME \\n ")
			.containsEntry("SINGLE", "single $HOME \\n")
			.containsEntry("ESCAPED", "escaped ")
			.containsEntry("HASH", "a#b # not a comment")
			.containsEntry("DOLLAR", "$HOME");
		assertThat(javaEnvironment()).containsAllEntriesOf(systemd);
	}

	@Test
	void variablesSetInTheEnvironmentWinOverTheFile() throws Exception {
		Path file = Files.writeString(this.directory.resolve("rtk.env"), "RTK_ZONE=Europe/Berlin\nRTK_APPS=app-1\n");

		JobsScript.Result run = nightly(Map.of("RTK_ENV_FILE", file.toString(), "RTK_JAR", this.jar.toString(),
				"JAVA_HOME", this.javaHome.toString(), "RTK_ZONE", "UTC"));

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(javaEnvironment()).containsEntry("RTK_ZONE", "UTC").containsEntry("RTK_APPS", "app-1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "export RTK_ZONE=UTC", "RTK_ZONE", "RTK_ZONE: UTC", "SPRING_DATASOURCE_PASSWORD=\"s3cret",
			"SPRING_DATASOURCE_PASSWORD=\"s3cret\"x" })
	void refusesALineThatIsNotNameEqualsValueNamingTheLineButNotTheValue(String line) throws Exception {
		Path file = Files.writeString(this.directory.resolve("rtk.env"), "# settings\nRTK_APPS=app-1\n" + line + "\n");

		JobsScript.Result run = nightly(Map.of("RTK_ENV_FILE", file.toString(), "RTK_JAR", this.jar.toString(),
				"JAVA_HOME", this.javaHome.toString()));

		assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
		assertThat(run.output()).contains(file + " line 3: ").doesNotContain("s3cret");
		assertThat(this.javaHome.resolve("args")).doesNotExist();
	}

	@Test
	void findsTheJarOfTheInstallLayoutFirstAndNamesEveryPlaceLookedAtWhenThereIsNone() throws Exception {
		Path install = this.directory.resolve("opt");
		Path script = install.resolve("jobs").resolve("nightly");
		Files.createDirectories(script.getParent());
		Files.copy(NIGHTLY, script, StandardCopyOption.COPY_ATTRIBUTES);
		Files.copy(NIGHTLY.resolveSibling("launch.sh"), script.resolveSibling("launch.sh"));
		Map<String, String> environment = Map.of("RTK_ENV_FILE", "", "JAVA_HOME", this.javaHome.toString());

		JobsScript.Result missing = JobsScript.run(withPath(environment), List.of(script.toString()));

		assertThat(missing.exitCode()).as(missing.output()).isEqualTo(2);
		assertThat(missing.output()).contains(install.resolve("rtk-warehouse.jar").toString(),
				install.resolve("target/rtk-warehouse.jar").toString(), "/app/rtk-warehouse.jar");

		Files.createDirectories(install.resolve("target"));
		Files.createFile(install.resolve("target/rtk-warehouse.jar"));
		Files.createFile(install.resolve("rtk-warehouse.jar"));
		JobsScript.Result found = JobsScript.run(withPath(environment),
				List.of(script.toString(), "--date=2025-01-05"));

		assertThat(found.exitCode()).as(found.output()).isZero();
		assertThat(Files.readAllLines(this.javaHome.resolve("args"))).containsExactly("-jar",
				install.resolve("rtk-warehouse.jar").toString(), "nightly", "--date=2025-01-05");
	}

	private JobsScript.Result nightly(Map<String, String> environment) throws Exception {
		return JobsScript.run(withPath(environment), List.of(NIGHTLY.toString(), "--date=2025-01-05"));
	}

	private static Map<String, String> withPath(Map<String, String> environment) {
		Map<String, String> all = new LinkedHashMap<>(environment);
		all.put("PATH", "/usr/bin:/bin");
		return all;
	}

	private Map<String, String> javaEnvironment() throws IOException {
		Map<String, String> environment = new LinkedHashMap<>();
		String all = Files.readString(this.javaHome.resolve("environment"), StandardCharsets.UTF_8);
		for (String variable : all.split("\0")) {
			int equals = variable.indexOf('=');
			environment.put(variable.substring(0, equals), variable.substring(equals + 1));
		}
		return environment;
	}

}
