package io.rtkwarehouse.config;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.support.SpringApplicationJsonEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfiguredAccountsTests {

	private static final String A = "0000000000000000000000000000000a";

	private static final String B = "0000000000000000000000000000000b";

	@Test
	void accountsBindFromYamlWithTheirOwnSettingsOverTheTopLevelOnes() throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		String yaml = """
				rtk:
				  zone: Europe/Berlin
				  rate:
				    requests-per-second: 3
				  accounts:
				    - id: %s
				      api-token: token-a
				    - id: %s
				      api-token: token-b
				      apps: [app-1, app-2]
				      zone: UTC
				      lookback-days: 7
				      rate:
				        requests-per-second: 1
				        reserve: 0.2
				""".formatted(A, B);
		new YamlPropertySourceLoader()
			.load("yaml", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "application.yml"))
			.forEach(environment.getPropertySources()::addFirst);

		ConfiguredAccounts accounts = accountsOf(environment);

		assertThat(accounts.problems(true, true)).isEmpty();
		assertThat(accounts.all()).extracting(RtkProperties::accountId).containsExactly(A, B);
		RtkProperties a = accounts.all().get(0);
		RtkProperties b = accounts.all().get(1);
		assertThat(a.apiToken()).isEqualTo("token-a");
		assertThat(a.zone()).isEqualTo("Europe/Berlin");
		assertThat(a.apps()).isEmpty();
		assertThat(a.rate().requestsPerSecond()).isEqualTo("3");
		assertThat(b.apps()).containsExactly("app-1", "app-2");
		assertThat(b.zone()).isEqualTo("UTC");
		assertThat(b.lookbackDays()).isEqualTo(7);
		assertThat(b.rate().requestsPerSecond()).isEqualTo("1");
		assertThat(b.rate().reserve()).isEqualTo(0.2);
		assertThat(b.rate().concurrency()).isEqualTo(4);
	}

	@Test
	void accountsBindFromSpringApplicationJson() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("commandLineArgs",
					Map.of("spring.application.json",
							"{\"rtk\":{\"accounts\":[{\"id\":\"" + A + "\",\"api-token\":\"token-a\"},{\"id\":\"" + B
									+ "\",\"api-token\":\"token-b\",\"lookback-days\":5}]}}")));
		new SpringApplicationJsonEnvironmentPostProcessor().postProcessEnvironment(environment, null);

		ConfiguredAccounts accounts = accountsOf(environment);

		assertThat(accounts.all()).extracting(RtkProperties::accountId).containsExactly(A, B);
		assertThat(accounts.all()).extracting(RtkProperties::apiToken).containsExactly("token-a", "token-b");
		assertThat(accounts.all().get(1).lookbackDays()).isEqualTo(5);
	}

	@Test
	void accountsBindFromIndexedEnvironmentVariablesWithTokensFromPlaceholders() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("RTK_ACCOUNTS_0_ID", A);
		variables.put("RTK_ACCOUNTS_0_API_TOKEN", "${CF_TOKEN_BRAND_A}");
		variables.put("RTK_ACCOUNTS_1_ID", B);
		variables.put("RTK_ACCOUNTS_1_APITOKEN", "${CF_TOKEN_BRAND_B}");
		variables.put("RTK_ACCOUNTS_1_LOOKBACK_DAYS", "9");
		variables.put("CF_TOKEN_BRAND_A", "secret-a");
		variables.put("CF_TOKEN_BRAND_B", "secret-b");
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));

		ConfiguredAccounts accounts = accountsOf(environment);

		assertThat(accounts.all()).extracting(RtkProperties::accountId).containsExactly(A, B);
		assertThat(accounts.all()).extracting(RtkProperties::apiToken).containsExactly("secret-a", "secret-b");
		assertThat(accounts.all().get(1).lookbackDays()).isEqualTo(9);
	}

	@Test
	void aTokenWhosePlaceholderIsNotSetIsNamedByItsVariable() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test",
					Map.of("rtk.accounts[0].id", A, "rtk.accounts[0].api-token", "${CF_TOKEN_NOWHERE}")));

		assertThat(accountsOf(environment).problems(true, true)).containsExactly("rtk.accounts[0] (account " + A
				+ "): its api-token is the placeholder ${CF_TOKEN_NOWHERE}, and no such variable is set");
	}

	@Test
	void theShorthandIsTheOneAccountWhenNoListIsGiven() {
		ConfiguredAccounts accounts = new ConfiguredAccounts(BoundProperties.of("rtk.account-id", A));

		assertThat(accounts.listed()).isFalse();
		assertThat(accounts.all()).extracting(RtkProperties::accountId).containsExactly(A);
		assertThat(accounts.select(A, null)).hasSize(1);
		assertThat(accounts.select(null, 0)).hasSize(1);
	}

	@Test
	void bothFormsAtOnceIsAConflictThatNamesBothAndNotTheToken() {
		ConfiguredAccounts accounts = new ConfiguredAccounts(BoundProperties.of("rtk.accounts[0].id", A,
				"rtk.accounts[0].api-token", "list-secret", "rtk.api-token", "shorthand-secret"));

		assertThat(accounts.problems(true, true)).singleElement()
			.satisfies((problem) -> assertThat(problem).contains("rtk.accounts", "CLOUDFLARE_ACCOUNT_ID",
					"CLOUDFLARE_API_TOKEN"))
			.satisfies((problem) -> assertThat(problem).doesNotContain("secret"));
	}

	@Test
	void theSameAccountTwiceIsAConflict() {
		assertThat(listed(A, "token-a", A, "token-b").problems(true, true)).containsExactly(
				"account " + A + " is configured twice (rtk.accounts[0] and rtk.accounts[1]): list each account once");
	}

	@Test
	void accountsSharingATokenWithDifferentRatesAreAConflict() {
		ConfiguredAccounts accounts = new ConfiguredAccounts(BoundProperties.of("rtk.account-id", "", "rtk.api-token",
				"", "rtk.accounts[0].id", A, "rtk.accounts[0].api-token", "shared", "rtk.accounts[1].id", B,
				"rtk.accounts[1].api-token", "shared", "rtk.accounts[1].rate.requests-per-second", "1"));

		assertThat(accounts.problems(true, true)).singleElement()
			.satisfies((problem) -> assertThat(problem).contains(A, B, "share an api-token", "rate.*")
				.doesNotContain("shared"));
	}

	@Test
	void accountsSharingATokenWithTheSameRatesShareOneCredential() {
		ConfiguredAccounts accounts = listed(A, "shared", B, "shared");

		assertThat(accounts.problems(true, true)).isEmpty();
		assertThat(ConfiguredAccounts.sameCredential(accounts.all().get(0), accounts.all().get(1))).isTrue();
	}

	@Test
	void anEntryWithoutIdOrTokenOrWithABadValueIsNamedByItsPlace() {
		ConfiguredAccounts accounts = new ConfiguredAccounts(BoundProperties.of("rtk.account-id", "", "rtk.api-token",
				"", "rtk.accounts[0].api-token", "t", "rtk.accounts[1].id", B, "rtk.accounts[2].id", A,
				"rtk.accounts[2].api-token", "t", "rtk.accounts[2].zone", "Mars/Base", "rtk.accounts[3].id",
				"not/an/id", "rtk.accounts[3].api-token", "bad token"));

		assertThat(accounts.problems(true, true)).containsExactly(
				"rtk.accounts[0] has no id: give the Cloudflare" + " account id",
				"rtk.accounts[1] (account " + B + ") has no api-token: give its token, or a placeholder such as"
						+ " ${CF_TOKEN_BRAND_A} that names the variable holding it",
				"rtk.accounts[2] (account " + A + "): zone 'Mars/Base' is not a known time zone (use an IANA id such"
						+ " as UTC or Europe/Berlin)",
				"rtk.accounts[3]: account id 'not/an/id' is not a Cloudflare account id (1 to 32 letters and digits)",
				"rtk.accounts[3] (account not/an/id): its api-token holds a character no token has (a space, a line"
						+ " break, a control or non-ASCII character)");
	}

	@Test
	void anAccountIsPickedByIdOrByIndexAndAnUnknownOneNamesTheConfiguredOnes() {
		ConfiguredAccounts accounts = listed(A, "token-a", B, "token-b");

		assertThat(accounts.select(null, null)).extracting(RtkProperties::accountId).containsExactly(A, B);
		assertThat(accounts.select(B, null)).extracting(RtkProperties::accountId).containsExactly(B);
		assertThat(accounts.select(null, 1)).extracting(RtkProperties::accountId).containsExactly(B);
		assertThatThrownBy(() -> accounts.select(null, 2)).isInstanceOf(InvalidConfigurationException.class)
			.hasMessage("--account-index=2 is out of range: 2 account(s) are configured: " + A + ", " + B
					+ " (indexes 0 to 1, in configuration order)");
		assertThatThrownBy(() -> accounts.select("ffff", null)).isInstanceOf(InvalidConfigurationException.class)
			.hasMessage("--account=ffff is not a configured account; 2 account(s) are configured: " + A + ", " + B);
	}

	@Test
	void noTokenIsEverPrinted() {
		ConfiguredAccounts accounts = listed(A, "secret-a", B, "secret-b");

		assertThat(accounts.all().toString()
				+ BoundProperties.of("rtk.accounts[0].id", A, "rtk.accounts[0].api-token", "secret-a").toString())
			.contains(A, B, "<redacted>")
			.doesNotContain("secret");
	}

	@Test
	void unknownSettingsOfAnEntryAreNamedLikeOtherUnknownSettings() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test",
					Map.of("rtk.accounts[0].id", A, "rtk.accounts[0].api-token", "t", "rtk.accounts[0].zome", "UTC",
							"rtk.accounts[1].rate.reserve", "0.2", "rtk.accounts[1].lookback-days", "2",
							"rtk.accounts[1].apps[0]", "x")));

		assertThat(new PropertyNames(environment).problems())
			.containsExactly("unknown property rtk.accounts[0].zome (did you mean rtk.accounts.zone?)");
	}

	private static ConfiguredAccounts listed(String one, String oneToken, String other, String otherToken) {
		return new ConfiguredAccounts(BoundProperties.of("rtk.account-id", "", "rtk.api-token", "",
				"rtk.accounts[0].id", one, "rtk.accounts[0].api-token", oneToken, "rtk.accounts[1].id", other,
				"rtk.accounts[1].api-token", otherToken));
	}

	private static ConfiguredAccounts accountsOf(StandardEnvironment environment) {
		Binder binder = new Binder(ConfigurationPropertySources.get(environment),
				new PropertySourcesPlaceholdersResolver(environment));
		return new ConfiguredAccounts(binder.bindOrCreate("rtk", RtkProperties.class));
	}

}
