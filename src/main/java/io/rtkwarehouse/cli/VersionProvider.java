package io.rtkwarehouse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the version the build recorded in
 * {@code META-INF/build-info.properties}.
 */
final class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() throws IOException {
		Properties build = new Properties();
		try (InputStream in = VersionProvider.class.getResourceAsStream("/META-INF/build-info.properties")) {
			if (in != null) {
				build.load(in);
			}
		}
		return new String[] {
				"rtk-warehouse " + build.getProperty("build.version", "(version unknown: not built by Maven)")
						+ build.getProperty("build.time", "")
							.transform((time) -> time.isEmpty() ? "" : ", built " + time),
				"Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")" };
	}

}
