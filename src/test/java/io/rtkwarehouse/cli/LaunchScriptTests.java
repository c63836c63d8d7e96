package io.rtkwarehouse.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
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
		assertThat(Files.readAllLines(this.javaHome.resolve("args"))).containsExactly("-Xmx256m", "-Xms16m",
				"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", install.resolve("rtk-warehouse.jar").toString(),
				"nightly", "--date=2025-01-05");
	}

	@Test
	void boundsTheHeapAndCompilesLightlyUnlessJavaOptsChoosesOtherwise() throws Exception {
		Map<String, String> environment = Map.of("RTK_ENV_FILE", "", "RTK_JAR", this.jar.toString(), "JAVA_HOME",
				this.javaHome.toString());
		assertThat(launch(environment, "nightly")).containsExactly("-Xmx256m", "-Xms16m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-jar", this.jar.toString(), "nightly", "--date=2025-01-05");
		// A long backfill keeps the optimizing compiler.
		assertThat(launch(environment, "backfill")).containsExactly("-Xmx256m", "-Xms16m", "-XX:+UseSerialGC", "-jar",
				this.jar.toString(), "backfill", "--date=2025-01-05");

		Map<String, String> chosen = new LinkedHashMap<>(environment);
		chosen.put("JAVA_OPTS", "-Xmx1g -XX:+UseG1GC -XX:-TieredCompilation -Dx=y");
		assertThat(launch(chosen, "nightly")).containsExactly("-Xmx1g", "-XX:+UseG1GC", "-XX:-TieredCompilation",
				"-Dx=y", "-jar", this.jar.toString(), "nightly", "--date=2025-01-05");
		chosen.put("JAVA_OPTS", "-XX:MaxRAMPercentage=75");
		chosen.put("RTK_HEAP", "512m");
		assertThat(launch(chosen, "nightly")).startsWith("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-XX:MaxRAMPercentage=75");
		chosen.put("JAVA_OPTS", "");
		assertThat(launch(chosen, "nightly")).startsWith("-Xmx512m");
	}

	@Test
	void extractsTheJarOnceAndMapsTheClassesItsTrainingRunRecordedOnEveryLaunchAfter() throws Exception {
		// A stand-in JDK 17 that extracts (copies the jar) and writes the archive it is
		// asked for.
		Files.writeString(this.javaHome.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
		Files.writeString(this.javaHome.resolve("bin").resolve("java"),
				"""
						#!/bin/bash
						home="$(dirname "$0")/.."
						for arg in "$@"; do
						  case $arg in
						    -Djarmode=tools) mkdir -p "${@: -1}" && cp "${@: -4:1}" "${@: -1}/" && echo x >>"$home/extracted"; exit 0 ;;
						    -XX:ArchiveClassesAtExit=*) echo archive >"${arg#*=}"; echo "${@: -1}" >>"$home/trained"; exit 1 ;;
						  esac
						done
						printf '%s\\n' "$@" >"$home/args"
						""");
		Path cache = this.directory.resolve("cache");
		Path earlier = Files.createDirectories(cache.resolve("classes-1"));
		Files.setLastModifiedTime(earlier, FileTime.fromMillis(0));
		Path recent = Files.createDirectories(cache.resolve("classes-2"));
		Map<String, String> environment = Map.of("RTK_ENV_FILE", "", "RTK_JAR", this.jar.toString(), "JAVA_HOME",
				this.javaHome.toString(), "RTK_CACHE_DIR", cache.toString());

		List<String> first = launch(environment, "nightly");
		List<String> second = launch(environment, "nightly");

		assertThat(second).isEqualTo(first);
		assertThat(Files.readAllLines(this.javaHome.resolve("extracted"))).hasSize(1);
		assertThat(Files.readAllLines(this.javaHome.resolve("trained"))).containsExactly("train-class-cache");
		Path archive = Path.of(first.get(4).substring("-XX:SharedArchiveFile=".length()));
		assertThat(archive).startsWith(cache).exists();
		assertThat(first).containsSubsequence("-XX:SharedArchiveFile=" + archive, "-jar",
				archive.resolveSibling("any.jar").toString(), "nightly");
		assertThat(archive.resolveSibling("any.jar")).exists();
		// The cache of an earlier jar goes once it has been unused for a day.
		assertThat(earlier).doesNotExist();
		assertThat(recent).exists();

		Map<String, String> off = new LinkedHashMap<>(environment);
		off.put("RTK_CLASS_CACHE", "off");
		assertThat(launch(off, "nightly")).containsExactly("-Xmx256m", "-Xms16m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-jar", this.jar.toString(), "nightly", "--date=2025-01-05");
	}

	@Test
	void runsWithoutTheClassCacheWhereItCannotBeWritten() throws Exception {
		Files.writeString(this.javaHome.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
		// Under a file, no directory can be made, whoever runs it.
		Path file = Files.createFile(this.directory.resolve("a-file"));
		Map<String, String> environment = Map.of("RTK_ENV_FILE", "", "RTK_JAR", this.jar.toString(), "JAVA_HOME",
				this.javaHome.toString(), "RTK_CACHE_DIR", file.resolve("cache").toString());

		List<String> args = launch(environment, "nightly");

		assertThat(args).containsExactly("-Xmx256m", "-Xms16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
				this.jar.toString(), "nightly", "--date=2025-01-05");
	}

	private List<String> launch(Map<String, String> environment, String script) throws Exception {
		Files.deleteIfExists(this.javaHome.resolve("args"));
		JobsScript.Result run = JobsScript.run(withPath(environment),
				List.of(NIGHTLY.resolveSibling(script).toString(), "--date=2025-01-05"));
		assertThat(run.exitCode()).as(run.output()).isZero();
		return Files.readAllLines(this.javaHome.resolve("args"));
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
