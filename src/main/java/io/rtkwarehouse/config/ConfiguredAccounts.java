package io.rtkwarehouse.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The accounts this deployment loads, in configuration order: the entries of
 * {@code rtk.accounts}, else the one the shorthand names ({@code CLOUDFLARE_ACCOUNT_ID}
 * with {@code CLOUDFLARE_API_TOKEN}). Each comes as the {@link RtkProperties} it runs
 * with: the top-level settings under its own id, token, and what it overrides.
 *
 */
@Component
public class ConfiguredAccounts {

	private final RtkProperties properties;

	private final List<RtkProperties> accounts = new ArrayList<>();

	/** The entry of {@code rtk.accounts} of each account. */
	private final List<Integer> entries = new ArrayList<>();

	private final List<String> problems = new ArrayList<>();

	public ConfiguredAccounts(RtkProperties properties) {
		this.properties = properties;
		if (properties.accounts().isEmpty()) {
			if (!isBlank(properties.accountId())) {
				this.accounts.add(properties);
			}
			return;
		}
		if (!isBlank(properties.accountId()) || !isBlank(properties.apiToken())) {
			this.problems.add("both forms of the accounts are configured: rtk.accounts, and the one-account shorthand"
					+ " CLOUDFLARE_ACCOUNT_ID / CLOUDFLARE_API_TOKEN (rtk.account-id / rtk.api-token): list every"
					+ " account in rtk.accounts and unset the shorthand");
		}
		List<AccountEntry> entries = properties.accounts();
		for (int i = 0; i < entries.size(); i++) {
			RtkProperties account = account(i, entries.get(i));
			if (account != null) {
				refuseRepeats(i, account);
				this.accounts.add(account);
				this.entries.add(i);
			}
		}
	}

	/** Every account, in configuration order; empty when none is configured. */
	public List<RtkProperties> all() {
		return List.copyOf(this.accounts);
	}

	/** Whether the accounts come from {@code rtk.accounts} (not from the shorthand). */
	public boolean listed() {
		return !this.properties.accounts().isEmpty();
	}

	/**
	 * The settings of a configured account; for an account only the warehouse knows, the
	 * top-level settings under its id.
	 */
	public RtkProperties settings(String accountId) {
		return this.accounts.stream()
			.filter((account) -> account.accountId().equals(accountId))
			.findFirst()
			.orElseGet(() -> defaults());
	}

	/** The settings of the first account, else the top-level ones. */
	public RtkProperties defaults() {
		return this.accounts.isEmpty() ? this.properties : this.accounts.get(0);
	}

	/**
	 * Where the token of an account is set, for a message that must say which token was
	 * refused (never the token itself).
	 */
	public String tokenSetting(String accountId) {
		for (int i = 0; i < this.accounts.size(); i++) {
			if (this.accounts.get(i).accountId().equals(accountId) && listed()) {
				return "rtk.accounts[" + this.entries.get(i) + "].api-token (account " + accountId + ")";
			}
		}
		return "CLOUDFLARE_API_TOKEN (rtk.api-token)";
	}

	/** The accounts by credential, in configuration order: those that share a budget. */
	public static List<List<RtkProperties>> byCredential(List<RtkProperties> accounts) {
		Map<String, List<RtkProperties>> groups = new LinkedHashMap<>();
		accounts.forEach(
				(account) -> groups.computeIfAbsent(String.valueOf(account.apiToken()), (token) -> new ArrayList<>())
					.add(account));
		return List.copyOf(groups.values());
	}

	/**
	 * Every problem of the accounts, worded for the operator: those of the shorthand as
	 * {@link RtkProperties#problems} says them, or those of each entry of
	 * {@code rtk.accounts} and between them. A token is never part of one.
	 */
	public List<String> problems(boolean needsApi, boolean needsAccount) {
		if (!listed()) {
			return this.properties.problems(needsApi, needsAccount);
		}
		List<String> all = new ArrayList<>(this.problems);
		String baseUrl = needsApi ? PropertyChecks.baseUrlProblem(this.properties.baseUrl()) : null;
		if (baseUrl != null) {
			all.add(baseUrl);
		}
		return all;
	}

	/**
	 * The accounts a command runs on: the one of {@code --account=ID} or of
	 * {@code --account-index=N} (0-based, in configuration order), else every one.
	 * @throws InvalidConfigurationException when the account given is not configured
	 */
	public List<RtkProperties> select(String id, Integer index) {
		if (id != null) {
			return this.accounts.stream()
				.filter((account) -> account.accountId().equals(id))
				.findFirst()
				.map(List::of)
				.orElseThrow(() -> new InvalidConfigurationException(
						"--account=" + id + " is not a configured account; " + configured()));
		}
		if (index != null) {
			if (index < 0 || index >= this.accounts.size()) {
				throw new InvalidConfigurationException(
						"--account-index=" + index + " is out of range: " + configured() + ((this.accounts.isEmpty())
								? "" : " (indexes 0 to " + (this.accounts.size() - 1) + ", in configuration order)"));
			}
			return List.of(this.accounts.get(index));
		}
		return all();
	}

	/** Whether two accounts authenticate alike, and so share one request budget. */
	public static boolean sameCredential(RtkProperties one, RtkProperties other) {
		return Objects.equals(one.apiToken(), other.apiToken());
	}

	private String configured() {
		if (this.accounts.isEmpty()) {
			return "no account is configured (rtk.accounts, or CLOUDFLARE_ACCOUNT_ID)";
		}
		return this.accounts.size() + " account(s) are configured: "
				+ this.accounts.stream().map(RtkProperties::accountId).collect(Collectors.joining(", "));
	}

	/**
	 * The settings of entry {@code i}, or null when it cannot run (its problems noted).
	 */
	private RtkProperties account(int i, AccountEntry entry) {
		String where = "rtk.accounts[" + i + "]";
		if (entry == null) {
			this.problems.add(where + " is empty: give it an id and an api-token");
			return null;
		}
		String named = where + ((isBlank(entry.id())) ? "" : " (account " + entry.id() + ")");
		int before = this.problems.size();
		if (isBlank(entry.id())) {
			this.problems.add(where + " has no id: give the Cloudflare account id");
		}
		else if (Ids.accountProblem(entry.id()) != null) {
			this.problems.add(where + ": " + Ids.accountProblem(entry.id()));
		}
		if (isBlank(entry.apiToken())) {
			this.problems.add(named + " has no api-token: give its token, or a placeholder such as"
					+ " ${CF_TOKEN_BRAND_A} that names the variable holding it");
		}
		else if (entry.apiToken().startsWith("${") && entry.apiToken().endsWith("}")) {
			// Spring leaves a placeholder it cannot resolve as it is: the name, not a
			// secret.
			this.problems.add(
					named + ": its api-token is the placeholder " + entry.apiToken() + ", and no such variable is set");
		}
		else if (!entry.apiToken().chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
			// Never echo it: it is a secret, even when it is a wrong one.
			this.problems.add(named + ": its api-token holds a character no token has (a space, a line break, a"
					+ " control or non-ASCII character)");
		}
		RtkProperties.Rate rate = (entry.rate() != null) ? entry.rate().over(this.properties.rate())
				: this.properties.rate();
		RtkProperties top = this.properties;
		try {
			RtkProperties account = new RtkProperties(top.baseUrl(), entry.apiToken(), entry.id(),
					(entry.apps() != null) ? entry.apps() : top.apps(),
					(entry.zone() != null) ? entry.zone() : top.zone(),
					(entry.lookbackDays() != null) ? entry.lookbackDays() : top.lookbackDays(), top.timeFormat(),
					top.chunkSize(), top.fetchRetentionDays(), top.http(), rate, top.retry(), top.lock(),
					top.progress(), top.datasets(), List.of(), top.sourceRetention(), top.spans());
			return (this.problems.size() == before) ? account : null;
		}
		catch (InvalidConfigurationException ex) {
			ex.problems().forEach((problem) -> this.problems.add(named + ": " + problem.replaceFirst("^rtk\\.", "")));
			return null;
		}
	}

	/** The same account twice, or one token with two budgets. */
	private void refuseRepeats(int i, RtkProperties account) {
		for (int j = 0; j < this.accounts.size(); j++) {
			RtkProperties earlier = this.accounts.get(j);
			int at = this.entries.get(j);
			if (earlier.accountId().equals(account.accountId())) {
				this.problems.add("account " + account.accountId() + " is configured twice (rtk.accounts[" + at
						+ "] and rtk.accounts[" + i + "]): list each account once");
			}
			else if (sameCredential(earlier, account) && !earlier.rate().equals(account.rate())) {
				this.problems.add("accounts " + earlier.accountId() + " (rtk.accounts[" + at + "]) and "
						+ account.accountId() + " (rtk.accounts[" + i + "]) share an api-token, and so one request"
						+ " budget, but set different rate.* settings: give them the same");
			}
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
