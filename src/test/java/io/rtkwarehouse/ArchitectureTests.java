package io.rtkwarehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rooms of the house and their arrows, as the table of docs/architecture.md draws
 * them: the test reads that table, so the picture and the code cannot drift apart.
 */
class ArchitectureTests {

	private static final Path MAIN = Path.of("src", "main", "java", "io", "rtkwarehouse");

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.rtkwarehouse\\.([a-z.]+)\\.[A-Z]",
			Pattern.MULTILINE);

	/** A row of the rooms table: | `room` | what lives there | `a`, `b` |. */
	private static final Pattern ROW = Pattern.compile("^\\| `([a-z.]+)` \\|.*\\|\\s*([^|]*?)\\s*\\|$",
			Pattern.MULTILINE);

	private static final Pattern ROOM = Pattern.compile("`([a-z.]+)`");

	/** The ids of the datasets, which only their own package may name. */
	private static final Pattern DATASET_ID = Pattern.compile("\"(livestreams|usage|livestream-daywise)\"");

	/**
	 * Calls whose result depends on the default locale or time zone of the JVM: case
	 * conversion, formatting and "now" without an explicit {@code Locale} or zone.
	 */
	private static final List<Pattern> DEFAULT_LOCALE_OR_ZONE = Stream
		.of("\\.to(?:Lower|Upper)Case\\(\\)", "String\\.format\\((?!\\s*Locale\\.)", "\\.printf\\((?!\\s*Locale\\.)",
				"(?<!\"\"\")\\.formatted\\(", "ZoneId\\.systemDefault\\(\\)", "TimeZone\\.getDefault\\(\\)",
				"Locale\\.getDefault\\(", "Clock\\.systemDefaultZone\\(\\)",
				"\\b(?:LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|YearMonth|Year)\\.now\\(\\)",
				"DateTimeFormatter\\.ofPattern\\(\"[^\"]*\"\\)",
				"new (?:DecimalFormat|SimpleDateFormat)\\(\"[^\"]*\"\\)",
				"(?:NumberFormat|DecimalFormatSymbols|Collator)\\.get\\w*Instance\\(\\)")
		.map(Pattern::compile)
		.toList();

	@Test
	void everyRoomUsesOnlyTheRoomsTheArchitectureDrawsForIt() throws IOException {
		Map<String, Set<String>> allowed = drawn();
		Map<String, Set<String>> uses = new TreeMap<>();
		for (Path file : sources()) {
			String room = room(file);
			Matcher imports = IMPORT.matcher(Files.readString(file));
			while (imports.find()) {
				if (!imports.group(1).equals(room)) {
					uses.computeIfAbsent(room, (key) -> new TreeSet<>()).add(imports.group(1));
				}
			}
		}

		assertThat(allowed.keySet()).as("rooms drawn in docs/architecture.md").containsAll(rooms());
		uses.forEach((room, used) -> assertThat(allowed.get(room)).as("rooms that %s may use", room).containsAll(used));
	}

	@Test
	void theWarehouseKnowsNoHttpAndNoDatasetUsesAnother() throws IOException {
		Map<String, Set<String>> allowed = drawn();

		assertThat(allowed.get("warehouse")).doesNotContain("source");
		allowed.forEach((room, used) -> {
			boolean unit = room.startsWith("dataset.");
			assertThat(used).as("datasets %s may use", room)
				.allMatch((other) -> !other.startsWith("dataset.") || (!unit && room.equals("dataset")));
		});
	}

	@Test
	void noRoomButADatasetsOwnNamesIt() throws IOException {
		List<String> named = new ArrayList<>();
		for (Path file : sources()) {
			if (room(file).startsWith("dataset.") || room(file).equals("simulator")) {
				continue;
			}
			Matcher ids = DATASET_ID.matcher(Files.readString(file));
			while (ids.find()) {
				named.add(MAIN.relativize(file) + ": " + ids.group());
			}
		}

		// The default of rtk.datasets, and the job parameters of releases before it,
		// which name what those runs loaded. The report's panels still name theirs.
		assertThat(named).containsExactly("config/RtkProperties.java: \"livestreams\"",
				"job/RunParameters.java: \"livestreams\"", "warehouse/Coverage.java: \"livestreams\"",
				"warehouse/UsageMonths.java: \"usage\"");
	}

	@Test
	void theAccountTravelsAsAValueNeverInAThreadLocal() throws IOException {
		for (Path file : sources()) {
			assertThat(Files.readString(file)).as(file.toString()).doesNotContainPattern("ThreadLocal<RtkProperties>");
		}
	}

	@Test
	void nothingDependsOnTheMachinesLocaleOrZone() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : sources()) {
			String text = Files.readString(file);
			for (Pattern call : DEFAULT_LOCALE_OR_ZONE) {
				Matcher calls = call.matcher(text);
				while (calls.find()) {
					found.add(MAIN.relativize(file) + ": " + calls.group().replaceAll("\\s+", " "));
				}
			}
		}

		// Spring Batch stamps its executions with LocalDateTime.now(), in the zone that
		// Cli.main pins to UTC; the run's duration must be measured the same way.
		assertThat(found).containsExactly("job/RunOutcomeListener.java: LocalDateTime.now()");
	}

	@Test
	void noProductionClassIsLongerThanAReaderCanHold() throws IOException {
		for (Path file : sources()) {
			assertThat(Files.readAllLines(file)).as(file.toString()).hasSizeLessThanOrEqualTo(260);
		}
	}

	/**
	 * The rooms and the rooms each may use, as the table of docs/architecture.md says.
	 */
	private static Map<String, Set<String>> drawn() throws IOException {
		Map<String, Set<String>> rooms = new LinkedHashMap<>();
		Matcher rows = ROW.matcher(Files.readString(Path.of("docs", "architecture.md")));
		while (rows.find()) {
			Matcher used = ROOM.matcher(rows.group(2));
			Set<String> uses = new TreeSet<>();
			while (used.find()) {
				uses.add(used.group(1));
			}
			rooms.put(rows.group(1), uses);
		}
		return rooms;
	}

	private static String room(Path file) {
		Path relative = MAIN.relativize(file).getParent();
		return (relative == null) ? "" : relative.toString().replace('/', '.');
	}

	private static Set<String> rooms() throws IOException {
		return sources().stream()
			.map(ArchitectureTests::room)
			.filter((room) -> !room.isEmpty())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter((file) -> file.toString().endsWith(".java")).sorted().toList();
		}
	}

}
