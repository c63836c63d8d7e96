package io.rtkwarehouse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.RtkProperties;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator files in jobs/ parse and name commands and options that exist. */
class JobsDirectoryTests {

	private static final List<String> JAR = List.of("java", "-jar", "/app/rtk-warehouse.jar");

	private static final Path K8S = Path.of("jobs", "k8s");

	private static final String INSTALLED_SCRIPTS = "/opt/rtk-warehouse/jobs/";

	/**
	 * How long a stopped run may take to finish its requests in flight (read timeout 60
	 * s) and commit, in the Kubernetes manifests and the systemd unit alike.
	 */
	private static final int GRACEFUL_STOP_SECONDS = 150;

	@Test
	void kubernetesManifestsParseRunAsNonRootAndNameRealCommands() throws IOException {
		List<Map<String, Object>> pods = new ArrayList<>();
		for (Path manifest : files(K8S, ".yaml")) {
			for (Object document : new Yaml().loadAll(Files.readString(manifest))) {
				assertThat(document).as(manifest.toString()).isInstanceOf(Map.class);
				collectPodSpecs(document, pods);
			}
		}

		assertThat(pods).hasSize(4);
		for (Map<String, Object> pod : pods) {
			assertThat(pod.get("terminationGracePeriodSeconds")).isEqualTo(GRACEFUL_STOP_SECONDS);
			List<Map<String, Object>> containers = maps(pod.get("containers"));
			assertThat(containers).hasSize(1);
			Map<String, Object> container = containers.get(0);
			List<String> command = strings(container.get("command"));
			List<String> args = new ArrayList<>(command.subList(JAR.size(), command.size()));
			args.addAll(strings(container.getOrDefault("args", List.of())));
			// What Kubernetes makes of $(JOB_COMPLETION_INDEX) in an Indexed Job's Pod.
			args.replaceAll((arg) -> arg.replace("$(JOB_COMPLETION_INDEX)", "1"));
			assertThat(command.subList(0, JAR.size())).isEqualTo(JAR);
			assertThat(Cli.parse(args.toArray(String[]::new))).isInstanceOfAny(NightlyCommand.class,
					BackfillCommand.class);
			assertThat(container.get("image")).isEqualTo("rtk-warehouse:latest");
			assertThat(container.toString()).containsAnyOf("CLOUDFLARE_API_TOKEN",
					"secretRef={name=rtk-warehouse-accounts}");
			assertThat(((Map<?, ?>) container.get("securityContext")).get("allowPrivilegeEscalation")).isEqualTo(false);
		}
	}

	@Test
	void theIndexedJobsRunOneAccountPerIndexAndDoNotRetryBadConfigurationOrAHeldLock() throws IOException {
		Iterable<Object> config = new Yaml().loadAll(Files.readString(K8S.resolve("accounts.example.yaml")));
		Map<String, Object> variables = new LinkedHashMap<>();
		config.forEach((document) -> {
			Map<?, ?> resource = (Map<?, ?>) document;
			Map<?, ?> data = (Map<?, ?>) resource.get(resource.containsKey("data") ? "data" : "stringData");
			data.forEach((name, value) -> variables.put((String) name, value));
		});
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		ConfiguredAccounts accounts = new ConfiguredAccounts(new Binder(ConfigurationPropertySources.get(environment),
				new PropertySourcesPlaceholdersResolver(environment))
			.bindOrCreate("rtk", RtkProperties.class));
		assertThat(accounts.problems(true, true)).isEmpty();
		assertThat(accounts.all()).extracting(RtkProperties::apiToken).containsOnly("replace-me").hasSize(2);

		for (String name : List.of("accounts-backfill-job.yaml", "accounts-nightly-cronjob.yaml")) {
			Map<?, ?> job = (Map<?, ?>) new Yaml().load(Files.readString(K8S.resolve(name)));
			Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) job.get("spec")).get("jobTemplate");
			spec = (Map<?, ?>) ((spec != null) ? spec : job).get("spec");
			assertThat(spec.get("completionMode")).as(name).isEqualTo("Indexed");
			assertThat(spec.get("completions")).as(name).isEqualTo(accounts.all().size());
			assertThat(spec.get("parallelism")).as(name).isNotNull();
			assertThat(spec.get("backoffLimitPerIndex")).as(name).isNotNull();
			Map<?, ?> pod = (Map<?, ?>) ((Map<?, ?>) spec.get("template")).get("spec");
			assertThat(pod.get("restartPolicy")).as(name).isEqualTo("Never");
			List<Map<String, Object>> rules = maps(((Map<?, ?>) spec.get("podFailurePolicy")).get("rules"));
			assertThat(rules).as(name)
				.anySatisfy((rule) -> assertThat(rule).containsEntry("action", "FailIndex")
					.containsEntry("onExitCodes",
							Map.of("containerName", "rtk-warehouse", "operator", "In", "values", List.of(2, 3))));
			Map<?, ?> container = maps(pod.get("containers")).get(0);
			assertThat(container.get("name")).isEqualTo("rtk-warehouse");
			assertThat(strings(container.get("args"))).as(name).contains("--account-index=$(JOB_COMPLETION_INDEX)");
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
