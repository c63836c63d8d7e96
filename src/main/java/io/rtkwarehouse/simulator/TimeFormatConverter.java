package io.rtkwarehouse.simulator;

import java.util.Locale;

import io.rtkwarehouse.simulator.ApiSimulator.TimeFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code epoch-seconds} and {@code iso-8601}, in any case. */
final class TimeFormatConverter implements ITypeConverter<TimeFormat> {

	@Override
	public TimeFormat convert(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "epoch-seconds" -> TimeFormat.EPOCH_SECONDS;
			case "iso-8601" -> TimeFormat.ISO_8601;
			default -> throw new TypeConversionException("must be epoch-seconds or iso-8601, got '" + value + "'");
		};
	}

}
