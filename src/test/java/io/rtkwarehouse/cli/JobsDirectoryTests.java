package io.rtkwarehouse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator files in jobs/ parse and name commands and options that exist. */
class JobsDirectoryTests {

	private static final List<String> JAR = List.of("java", "-jar", "/app/rtk-warehouse.jar");

	private static final String INSTALLED_SCRIPTS = "/opt/rtk-warehouse/jobs/";

	/**
	 * How long a stopped run may take to finish its requests in flight (read timeout 60
	 * s) and commit, in the Kubernetes manifests and the systemd unit alike.
	 */
	private static final int GRACEFUL_STOP_SECONDS = 150;

	@Test
	void kubernetesManifestsParseRunAsNonRootAndNameRealCommands() throws IOException {
		List<Map<String, Object>> pods = new ArrayList<>();
		for (Path manifest : files(Path.of("jobs", "kubernetes"), ".yaml")) {
			for (Object document : new Yaml().loadAll(Files.readString(manifest))) {
				assertThat(document).as(manifest.toString()).isInstanceOf(Map.class);
				collectPodSpecs(document, pods);
			}
		}

		assertThat(pods).hasSize(2);
		for (Map<String, Object> pod : pods) {
			assertThat(pod.get("terminationGracePeriodSeconds")).isEqualTo(GRACEFUL_STOP_SECONDS);
			List<Map<String, Object>> containers = maps(pod.get("containers"));
			assertThat(containers).hasSize(1);
			Map<String, Object> container = containers.get(0);
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
		List<String> words = Arrays.asList(setting(service, "ExecStart").split("\\s+"));

		assertThat(words.get(0)).startsWith(INSTALLED_SCRIPTS);
		Path script = Path.of("jobs", words.get(0).substring(INSTALLED_SCRIPTS.length()));
		List<String> args = new ArrayList<>(List.of(launchedCommand(script)));
		args.addAll(words.subList(1, words.size()));
		assertThat(Cli.parse(args.toArray(String[]::new))).isInstanceOf(NightlyCommand.class);
		assertThat(setting(service, "TimeoutStopSec")).isEqualTo(GRACEFUL_STOP_SECONDS + "s");
		assertThat(Files.readString(Path.of("jobs", "systemd", "rtk-warehouse-nightly.timer"))).contains("OnCalendar=");
	}

	@Test
	void systemdAndTheScriptsReadTheSameEnvironmentFile() throws IOException {
		String service = Files.readString(Path.of("jobs", "systemd", "rtk-warehouse-nightly.service"));
		Matcher scriptsDefault = Pattern.compile("\\$\\{RTK_ENV_FILE-([^}]+)}")
			.matcher(Files.readString(Path.of("jobs", "launch.sh")));

		assertThat(scriptsDefault.find()).isTrue();
		assertThat(setting(service, "EnvironmentFile")).isEqualTo(scriptsDefault.group(1))
			.isEqualTo("/etc/rtk-warehouse/rtk-warehouse.env");
		assertThat(Path.of("jobs", "rtk-warehouse.env.example")).isRegularFile();
	}

	@Test
	void launchScriptsAndCrontabNameCommandsThatExist() throws IOException {
		assertThat(Cli.parse(launchedCommand(Path.of("jobs", "nightly")))).isInstanceOf(NightlyCommand.class);
		assertThat(Cli.parse(launchedCommand(Path.of("jobs", "backfill")), "--from=2024-01-01", "--to=2024-01-31"))
			.isInstanceOf(BackfillCommand.class);
		String cronCommand = Files.readString(Path.of("jobs", "crontab.example"))
			.lines()
			.filter((line) -> line.startsWith("30 2 * * * "))
			.findFirst()
			.orElseThrow()
			.substring("30 2 * * * ".length());
		assertThat(cronCommand).startsWith(INSTALLED_SCRIPTS + "nightly ");
	}

	/**
	 * The command a launch script passes to the jar: its {@code launch <command> "$@"}
	 * line.
	 */
	private static String launchedCommand(Path script) throws IOException {
		assertThat(Files.isExecutable(script)).as(script.toString()).isTrue();
		Matcher launch = Pattern.compile("^launch (\\S+) \"\\$@\"$", Pattern.MULTILINE)
			.matcher(Files.readString(script));
		assertThat(launch.find()).as(script.toString()).isTrue();
		return launch.group(1);
	}

	private static String setting(String unit, String name) {
		return unit.lines()
			.filter((line) -> line.startsWith(name + "="))
			.findFirst()
			.orElseThrow()
			.substring(name.length() + 1);
	}

	/** The maps that hold a {@code containers} list: the pod specs. */
	@SuppressWarnings("unchecked")
	private static void collectPodSpecs(Object node, List<Map<String, Object>> pods) {
		if (node instanceof Map<?, ?> map) {
			if (map.get("containers") instanceof List<?>) {
				pods.add((Map<String, Object>) map);
			}
			map.values().forEach((value) -> collectPodSpecs(value, pods));
		}
		else if (node instanceof List<?> list) {
			list.forEach((value) -> collectPodSpecs(value, pods));
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object value) {
		return (List<Map<String, Object>>) value;
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
