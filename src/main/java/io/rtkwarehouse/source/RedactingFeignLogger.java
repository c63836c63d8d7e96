package io.rtkwarehouse.source;

import java.util.regex.Pattern;

import feign.slf4j.Slf4jLogger;

/**
 * Feign's wire log (level HEADERS or FULL) prints request headers; the bearer token must
 * never reach a log, so every line is redacted before it is written.
 */
class RedactingFeignLogger extends Slf4jLogger {

	private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s,;\"]+");

	RedactingFeignLogger(Class<?> clazz) {
		super(clazz);
	}

	static String redact(String text) {
		return (text != null) ? BEARER.matcher(text).replaceAll("$1<redacted>") : null;
	}

	@Override
	protected void log(String configKey, String format, Object... args) {
		Object[] redacted = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			redacted[i] = (args[i] instanceof String text) ? redact(text) : args[i];
		}
		super.log(configKey, redact(format), redacted);
	}

}
