package io.rtkwarehouse.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What {@code backfill} and {@code nightly} load ({@code rtk.datasets}): the same apps,
 * lock, ledger, finality, budget and retries for each, with its own endpoint, tables and
 * length of window.
 */
public enum Dataset {

	/**
	 * Livestream numbers, one {@code overall} request per app and calendar day in
	 * {@code rtk.zone}.
	 */
	LIVESTREAMS(1),

	/**
	 * Session and recording usage, one {@code daywise} request per app and up to 31 days;
	 * its days are dates as the API gives them, in no documented zone.
	 */
	USAGE(31);

	private final int maxWindowDays;

	Dataset(int maxWindowDays) {
		this.maxWindowDays = maxWindowDays;
	}

	/** The longest window one request covers, in days. */
	public int maxWindowDays() {
		return this.maxWindowDays;
	}

	/** Its name in {@code rtk.datasets}, the ledger and the job parameters. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Dataset of(String id) {
		for (Dataset dataset : values()) {
			if (dataset.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
				return dataset;
			}
		}
		throw new IllegalArgumentException("unknown dataset '" + id + "' (known: " + ids(List.of(values())) + ")");
	}

	/** The ids, separated by commas. */
	public static String ids(List<Dataset> datasets) {
		return datasets.stream().map(Dataset::id).collect(Collectors.joining(","));
	}

	/** The datasets named, separated by commas. */
	public static List<Dataset> parse(String ids) {
		return Arrays.stream(ids.split(",")).filter((id) -> !id.isBlank()).map(Dataset::of).distinct().toList();
	}

}
