package io.rtkwarehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rooms of the house, one way: {@code cli} → {@code run} → {@code job} →
 * {@code source} / {@code warehouse} → {@code window} / {@code config}, with {@code demo}
 * and {@code simulator} beside them (docs/architecture.md).
 */
class ArchitectureTests {

	private static final Path MAIN = Path.of("src", "main", "java", "io", "rtkwarehouse");

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.rtkwarehouse\\.([a-z]+)\\.",
			Pattern.MULTILINE);

	private static final Map<String, Set<String>> ALLOWED = Map.of("cli",
			Set.of("run", "report", "demo", "simulator", "source", "window", "config"), "report",
			Set.of("run", "warehouse", "window", "config"), "run",
			Set.of("job", "source", "warehouse", "window", "config"), "job",
			Set.of("source", "warehouse", "window", "config"), "warehouse", Set.of("source", "window", "config"),
			"source", Set.of("window", "config"), "window", Set.of(), "config", Set.of(), "demo", Set.of("simulator"),
			"simulator", Set.of());

	@Test
	void everyRoomUsesOnlyTheRoomsBelowIt() throws IOException {
		Map<String, Set<String>> uses = new TreeMap<>();
		for (Path file : sources()) {
			Path relative = MAIN.relativize(file);
			if (relative.getNameCount() < 2) {
				continue;
			}
			String room = relative.getName(0).toString();
			Matcher imports = IMPORT.matcher(Files.readString(file));
			while (imports.find()) {
				if (!imports.group(1).equals(room)) {
					uses.computeIfAbsent(room, (key) -> new TreeSet<>()).add(imports.group(1));
				}
			}
		}

		assertThat(ALLOWED.keySet()).containsAll(uses.keySet());
		uses.forEach((room, used) -> assertThat(ALLOWED.get(room)).as("rooms that %s may use", room).containsAll(used));
	}

	@Test
	void noProductionClassIsLongerThanAReaderCanHold() throws IOException {
		for (Path file : sources()) {
			assertThat(Files.readAllLines(file)).as(file.toString()).hasSizeLessThanOrEqualTo(260);
		}
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter((file) -> file.toString().endsWith(".java")).sorted().toList();
		}
	}

}
