package io.rtkwarehouse.config;

import java.time.Duration;

import org.springframework.util.unit.DataSize;

/**
 * A setting's value as messages write it, in the largest unit it is a whole number of:
 * {@code 1 MB}, {@code 512 KB}, {@code 2 min}, {@code 5 s}, {@code 150 ms}.
 */
public final class Units {

	private static final long KB = 1024;

	private static final long MB = KB * KB;

	private Units() {
	}

	public static String size(DataSize size) {
		long bytes = size.toBytes();
		if (bytes != 0 && bytes % MB == 0) {
			return (bytes / MB) + " MB";
		}
		if (bytes != 0 && bytes % KB == 0) {
			return (bytes / KB) + " KB";
		}
		return bytes + " B";
	}

	public static String duration(Duration duration) {
		long millis = duration.toMillis();
		if (millis != 0 && millis % 60_000 == 0) {
			return (millis / 60_000) + " min";
		}
		if (millis != 0 && millis % 1000 == 0) {
			return (millis / 1000) + " s";
		}
		return millis + " ms";
	}

}
