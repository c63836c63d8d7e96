package io.rtkwarehouse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator files in jobs/ parse and name commands and options that exist. */
class JobsDirectoryTests {

	private static final List<String> JAR = List.of("java", "-jar", "/app/rtk-warehouse.jar");

	@Test
	void kubernetesManifestsParseRunAsNonRootAndNameRealCommands() throws IOException {
		List<Map<String, Object>> containers = new ArrayList<>();
		for (Path manifest : files(Path.of("jobs", "kubernetes"), ".yaml")) {
			for (Object document : new Yaml().loadAll(Files.readString(manifest))) {
				assertThat(document).as(manifest.toString()).isInstanceOf(Map.class);
				collectContainers(document, containers);
			}
		}

		assertThat(containers).hasSize(2);
		for (Map<String, Object> container : containers) {
			List<String> command = strings(container.get("command"));
			List<String> args = new ArrayList<>(command.subList(JAR.size(), command.size()));
			args.addAll(strings(container.getOrDefault("args", List.of())));
			assertThat(command.subList(0, JAR.size())).isEqualTo(JAR);
			assertThat(Cli.parse(args.toArray(String[]::new))).isInstanceOfAny(NightlyCommand.class,
					BackfillCommand.class);
			assertThat(container.get("image")).isEqualTo("rtk-warehouse:latest");
			assertThat(container.toString()).contains("secretKeyRef").contains("CLOUDFLARE_API_TOKEN");
			assertThat(((Map<?, ?>) container.get("securityContext")).get("allowPrivilegeEscalation")).isEqualTo(false);
		}
	}

	@Test
	void systemdUnitRunsACommandThatExists() throws IOException {
		String service = Files.readString(Path.of("jobs", "systemd", "rtk-warehouse-nightly.service"));
		String execStart = service.lines().filter((line) -> line.startsWith("ExecStart=")).findFirst().orElseThrow();
		List<String> words = Arrays.asList(execStart.substring("ExecStart=".length()).split("\\s+"));

		int jar = words.indexOf("-jar");
		assertThat(Cli.parse(words.subList(jar + 2, words.size()).toArray(String[]::new)))
			.isInstanceOf(NightlyCommand.class);
		assertThat(Files.readString(Path.of("jobs", "systemd", "rtk-warehouse-nightly.timer"))).contains("OnCalendar=");
	}

	@Test
	void launchScriptsAndCrontabNameCommandsThatExist() throws IOException {
		assertThat(Files.readString(Path.of("jobs", "nightly"))).contains(" nightly ");
		assertThat(Files.readString(Path.of("jobs", "backfill"))).contains(" backfill ");
		assertThat(Files.isExecutable(Path.of("jobs", "nightly"))).isTrue();
		assertThat(Files.isExecutable(Path.of("jobs", "backfill"))).isTrue();
		assertThat(Files.readString(Path.of("jobs", "crontab.example"))).contains("jobs/nightly");
	}

	@SuppressWarnings("unchecked")
	private static void collectContainers(Object node, List<Map<String, Object>> containers) {
		if (node instanceof Map<?, ?> map) {
			Object found = map.get("containers");
			if (found instanceof List<?> list) {
				list.forEach((container) -> containers.add((Map<String, Object>) container));
			}
			map.values().forEach((value) -> collectContainers(value, containers));
		}
		else if (node instanceof List<?> list) {
			list.forEach((value) -> collectContainers(value, containers));
		}
	}

	private static List<String> strings(Object value) {
		return ((List<?>) value).stream().map(String::valueOf).toList();
	}

	private static List<Path> files(Path directory, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.toString().endsWith(suffix)).sorted().toList();
		}
	}

}
