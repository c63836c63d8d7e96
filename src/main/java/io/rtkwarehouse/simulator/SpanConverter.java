package io.rtkwarehouse.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a length of time like {@code 180d}, {@code 12h}, {@code 30m}, {@code 45s} or 0.
 */
final class SpanConverter implements ITypeConverter<Duration> {

	private static final Pattern SPAN = Pattern.compile("(\\d{1,9})([dhms]?)");

	@Override
	public Duration convert(String value) {
		Matcher span = SPAN.matcher(value.toLowerCase(Locale.ROOT));
		if (!span.matches() || (span.group(2).isEmpty() && Long.parseLong(span.group(1)) != 0)) {
			throw new TypeConversionException(
					"must be a length like 180d, 12h, 30m or 45s (0 = none), got '" + value + "'");
		}
		long n = Long.parseLong(span.group(1));
		return switch (span.group(2)) {
			case "d" -> Duration.ofDays(n);
			case "h" -> Duration.ofHours(n);
			case "m" -> Duration.ofMinutes(n);
			case "s" -> Duration.ofSeconds(n);
			default -> Duration.ZERO;
		};
	}

}
