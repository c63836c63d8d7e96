package io.rtkwarehouse.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class PropertyNamesTests {

	@Test
	void everySettingIsKnownInTheFormsSpringBootBinds() {
		assertThat(problems(Map.of("rtk.zone", "UTC", "rtk.lock.wait", "5s", "rtk.rate.requestsPerSecond", "2",
				"rtk.rate.requests_per_second", "2", "rtk.apps[0]", "a", "rtk.http.read-timeout", "1s",
				"rtk.fetch-retention-days", "3", "rtk.api-token", "t", "rtk.account-id", "a", "rtk.base-url", "x")))
			.isEmpty();
	}

	@Test
	void anUnknownSettingIsNamedWithTheNearestKnownOne() {
		assertThat(problems(Map.of("rtk.zome", "UTC", "rtk.lock.wiat", "1s", "rtk.http.timeout", "1s")))
			.containsExactly("unknown property rtk.http.timeout (did you mean rtk.http.call-timeout?)",
					"unknown property rtk.lock.wiat (did you mean rtk.lock.wait?)",
					"unknown property rtk.zome (did you mean rtk.zone?)");
	}

	@Test
	void aTurkishDefaultLocaleNamesAndMatchesSettingsTheSameWay() {
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("tr-TR"));
		try {
			assertThat(problems(Map.of("rtk.account-id", "a", "RTK.ACCOUNT-ID", "a", "rtk.acount-id", "a")))
				.containsExactly("unknown property rtk.acount-id (did you mean rtk.account-id?)");
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void propertiesOfOtherPrefixesAreNotItsConcern() {
		assertThat(problems(Map.of("rtkx.zone", "UTC", "spring.datasource.url", "x", "logging.level.rtk", "debug")))
			.isEmpty();
	}

	private static java.util.List<String> problems(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", new LinkedHashMap<>(properties)));
		return new PropertyNames(environment).problems();
	}

}
