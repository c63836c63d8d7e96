package io.rtkwarehouse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What Linux's {@code /proc} tells about processes and the machine, read as files. CPU
 * times are in seconds; a value that cannot be read (a process that has gone) is NaN or
 * -1.
 */
final class ProcFs {

	private static final Path PROC = Path.of("/proc");

	private static final double CLOCK_TICKS = clockTicks();

	private ProcFs() {
	}

	/** User and system CPU of a live process. */
	static double cpuSeconds(long pid) {
		long[] stat = stat(PROC.resolve(Long.toString(pid)));
		return (stat == null) ? Double.NaN : (stat[11] + stat[12]) / CLOCK_TICKS;
	}

	/**
	 * The CPU of this JVM's children that have ended and been waited for: a child's whole
	 * CPU time, to its last instruction, is added here once it has ended (what the
	 * shell's {@code times} reports).
	 */
	static double endedChildrenCpuSeconds() {
		long[] stat = stat(PROC.resolve("self"));
		return (stat[13] + stat[14]) / CLOCK_TICKS;
	}

	/** The peak resident set size of a live process (VmHWM), in MB; -1 if it has gone. */
	static long peakRssMb(long pid) {
		try {
			for (String line : Files.readAllLines(PROC.resolve(pid + "/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
		}
		catch (IOException ex) {
			// gone
		}
		return -1;
	}

	/**
	 * CPU seconds of each PostgreSQL backend serving this database, by pid: the server's
	 * processes are named {@code postgres: ... <user> <database> <client> <state>}.
	 */
	static Map<Long, Double> postgresBackends(String database) {
		Map<Long, Double> backends = new HashMap<>();
		try (Stream<Path> processes = Files.list(PROC)) {
			processes.filter((dir) -> dir.getFileName().toString().matches("\\d+")).forEach((dir) -> {
				String title = read(dir.resolve("cmdline")).replace('\0', ' ');
				long[] stat = title.startsWith("postgres:") && title.contains(" " + database + " ") ? stat(dir) : null;
				if (stat != null) {
					backends.put(Long.parseLong(dir.getFileName().toString()), (stat[11] + stat[12]) / CLOCK_TICKS);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return backends;
	}

	/** The one-minute load average. */
	static String loadAverage() {
		return read(PROC.resolve("loadavg")).split(" ")[0];
	}

	static String cpuModel() {
		return field(PROC.resolve("cpuinfo"), "model name");
	}

	static double memoryGib() {
		return Long.parseLong(field(PROC.resolve("meminfo"), "MemTotal").replaceAll("\\D", "")) / 1048576.0;
	}

	/** The fields of {@code /proc/<pid>/stat} after the command name, from field 3 on. */
	private static long[] stat(Path process) {
		String stat = read(process.resolve("stat"));
		if (stat.isEmpty()) {
			return null;
		}
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		long[] numbers = new long[15];
		for (int i = 1; i < numbers.length; i++) {
			numbers[i] = Long.parseLong(fields[i]);
		}
		return numbers;
	}

	private static String field(Path file, String name) {
		return read(file).lines()
			.filter((line) -> line.startsWith(name))
			.map((line) -> line.substring(line.indexOf(':') + 1).trim())
			.findFirst()
			.orElse("unknown");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** The kernel's clock ticks per second, in which /proc counts CPU time. */
	private static double clockTicks() {
		try {
			Process getconf = new ProcessBuilder(List.of("getconf", "CLK_TCK")).redirectErrorStream(true).start();
			String ticks = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
			return (getconf.waitFor() == 0) ? Double.parseDouble(ticks) : 100;
		}
		catch (IOException | NumberFormatException ex) {
			return 100;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 100;
		}
	}

}
