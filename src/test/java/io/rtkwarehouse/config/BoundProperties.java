package io.rtkwarehouse.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * {@link RtkProperties} bound as Spring binds them, from a few {@code rtk.*} settings.
 */
public final class BoundProperties {

	private BoundProperties() {
	}

	/** The defaults, with these settings ({@code "rtk.http.read-timeout", "5s", ...}). */
	public static RtkProperties of(String... namesAndValues) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("rtk.api-token", "token");
		settings.put("rtk.account-id", "account");
		for (int i = 0; i < namesAndValues.length; i += 2) {
			settings.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("rtk", RtkProperties.class);
	}

}
