package io.rtkwarehouse.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.TestEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backfill on a real terminal (a tmux pane): what the screen shows, with 429s whose
 * warnings are logged while the progress line is drawn.
 */
class ProgressOnATerminalIntegrationTests extends CommandTests {

	private static final Pattern PROGRESS = Pattern
		.compile("(\\d+)/(\\d+) windows \\((\\d+)%\\), \\d+ failed, [\\d.]+ windows/s, \\d+ 429s, ETA [\\w ]+");

	private final String socket = "rtk-test-" + ProcessHandle.current().pid();

	@AfterEach
	void noTmuxLeft() throws Exception {
		tmux("kill-server");
	}

	@Test
	void logLinesPassAboveTheProgressLineWhichKeepsTheRunsTotal() throws Exception {
		this.api.latency(Duration.ofMillis(20)).tooManyRequestsShare(0.08).retryAfterSeconds(1).seed(3);
		Path script = Files.createTempFile("rtk-progress-", ".sh");
		Files.writeString(script,
				"cd '" + Path.of("").toAbsolutePath() + "'\n" + command() + "\necho \"EXIT=$?\"\n" + "sleep 120\n",
				StandardCharsets.UTF_8);

		assertThat(tmux("new-session", "-d", "-x", "150", "-y", "60", "bash " + script)).isZero();

		List<String> frames = new ArrayList<>();
		String screen = "";
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (!screen.contains("EXIT=") && System.nanoTime() < deadline) {
			Thread.sleep(300);
			screen = capture();
			screen.lines()
				.filter((line) -> PROGRESS.matcher(line).find())
				.reduce((first, last) -> last)
				.ifPresent(frames::add);
		}

		assertThat(screen).as(screen).contains("EXIT=0");
		List<String> lines = screen.lines().map(String::stripTrailing).filter((line) -> !line.isEmpty()).toList();
		assertThat(lines).as(screen).anySatisfy((line) -> assertThat(line).contains("WARN").contains("HTTP 429"));
		for (String line : lines) {
			Matcher progress = PROGRESS.matcher(line);
			if (progress.find()) {
				// A progress line stands alone: nothing before it, no tail of a longer
				// one after it.
				assertThat(progress.start()).as(screen).isZero();
				assertThat(line.substring(progress.end())).as(screen).isEmpty();
			}
			else {
				assertThat(line).as(screen).doesNotContain("windows (");
			}
		}
		assertThat(lines).as(screen).contains("120/120 windows (100%), 0 failed, " + finalRate(lines) + " ETA 0 s");
		assertThat(totals(frames)).as(String.join("\n", frames)).containsExactly(120L);
	}

	private static String finalRate(List<String> lines) {
		for (String line : lines) {
			Matcher last = Pattern.compile("^120/120 windows \\(100%\\), 0 failed, ([\\d.]+ windows/s, \\d+ 429s,)")
				.matcher(line);
			if (last.find()) {
				return last.group(1);
			}
		}
		return "<no final progress line>";
	}

	private static TreeSet<Long> totals(List<String> frames) {
		TreeSet<Long> totals = new TreeSet<>();
		for (String frame : frames) {
			Matcher progress = PROGRESS.matcher(frame);
			if (progress.find()) {
				totals.add(Long.parseLong(progress.group(2)));
			}
		}
		return totals;
	}

	private String command() {
		StringBuilder command = new StringBuilder("env -u CLOUDFLARE_API_TOKEN -u CLOUDFLARE_ACCOUNT_ID '")
			.append(Path.of(System.getProperty("java.home"), "bin", "java"))
			.append("' -jar target/rtk-warehouse.jar backfill --from=2024-01-01 --to=2024-02-29");
		TestEnvironment.properties()
			.forEach((name, value) -> command.append(" '--")
				.append(name)
				.append('=')
				.append(name.equals("rtk.rate.requests-per-second") ? "40" : value)
				.append('\''));
		return command.toString();
	}

	private String capture() throws IOException, InterruptedException {
		Process capture = new ProcessBuilder("tmux", "-L", this.socket, "capture-pane", "-p", "-J").start();
		String screen = new String(capture.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		capture.waitFor();
		return screen;
	}

	private int tmux(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("tmux", "-L", this.socket));
		command.addAll(List.of(args));
		try {
			return new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor();
		}
		catch (IOException ex) {
			throw new IllegalStateException("this test needs tmux (a real terminal for the progress line):"
					+ " install it, for example with apt-get install tmux", ex);
		}
	}

}
