package io.rtkwarehouse.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}) opening a local file, with a
 * profile of its own and every background request turned off.
 */
final class Chromium {

	static final Path BINARY = Path.of("/usr/bin/chromium");

	private Chromium() {
	}

	/** Fails the test, saying what it needs, where Chromium is not installed. */
	static void required() {
		if (!Files.isExecutable(BINARY)) {
			fail("This test opens the report in a real browser and needs Chromium at " + BINARY
					+ ": install it with 'apt-get install chromium' (.ci/run does so when it is missing).");
		}
	}

	/** The DOM of the page once its scripts ran, laid out in a window of this size. */
	static String dumpDom(Path html, int width, int height) throws IOException, InterruptedException {
		return new String(
				run(html, List.of("--window-size=" + width + "," + height, "--hide-scrollbars", "--dump-dom")),
				StandardCharsets.UTF_8);
	}

	/** A screenshot of the page's first {@code width} x {@code height} pixels. */
	static void screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
		Files.createDirectories(png.toAbsolutePath().getParent());
		Files.deleteIfExists(png);
		run(html, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
				"--hide-scrollbars"));
		assertThat(png).as("the screenshot Chromium was asked for").exists();
	}

	/** The colour of a pixel, as 0xRRGGBB. */
	static int colourAt(Path png, int x, int y) throws IOException {
		return ImageIO.read(png.toFile()).getRGB(x, y) & 0xFFFFFF;
	}

	/** How many colours the image has: a blank page has one. */
	static Set<Integer> colours(Path png) throws IOException {
		BufferedImage image = ImageIO.read(png.toFile());
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				colours.add(image.getRGB(x, y) & 0xFFFFFF);
			}
		}
		return colours;
	}

	private static byte[] run(Path html, List<String> what) throws IOException, InterruptedException {
		required();
		Path profile = Files.createTempDirectory("rtk-chromium-");
		try {
			List<String> command = new ArrayList<>(
					List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
							"--no-first-run", "--disable-background-networking", "--disable-component-update",
							"--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
			command.addAll(what);
			command.add(html.toAbsolutePath().toUri().toString());
			Path stdout = profile.resolve("stdout.txt");
			Path stderr = profile.resolve("stderr.txt");
			Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile())
				.start();
			process.getOutputStream().close();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail("Chromium did not end within 120 s: " + command);
			}
			assertThat(process.exitValue()).as("Chromium's exit code; its errors: %s", Files.readString(stderr))
				.isZero();
			return Files.readAllBytes(stdout);
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

}
