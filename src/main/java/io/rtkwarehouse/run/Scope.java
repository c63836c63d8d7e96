package io.rtkwarehouse.run;

import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.warehouse.Accounts;

/**
 * The accounts a command that reads the warehouse covers: the one given with
 * {@code --account}, else the configured one, else every configured account when there
 * are several, else every account in the warehouse.
 */
public record Scope(List<String> accounts, boolean all) {

	public static Scope of(Optional<String> account, ConfiguredAccounts configured, Accounts accounts) {
		List<String> ids = configured.all().stream().map(RtkProperties::accountId).toList();
		Optional<String> one = account
			.or(() -> Optional.of(ids).filter((list) -> list.size() == 1).map((list) -> list.get(0)));
		if (one.isPresent()) {
			return new Scope(List.of(one.get()), false);
		}
		return new Scope(ids.isEmpty() ? accounts.all() : ids, true);
	}

	public String describe() {
		if (!this.all) {
			return "account " + this.accounts.get(0);
		}
		// No account has loaded yet where only failed starts are recorded: no count of 0
		// above the runs that follow.
		return this.accounts.isEmpty() ? "every account" : "every account (" + this.accounts.size() + ")";
	}

}
