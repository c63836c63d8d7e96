package io.rtkwarehouse.run;

import java.util.List;
import java.util.Optional;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.warehouse.Accounts;

/**
 * The accounts a command that reads the warehouse covers: the one given with
 * {@code --account}, else the configured one, else every account in the warehouse.
 */
public record Scope(List<String> accounts, boolean all) {

	public static Scope of(Optional<String> account, RtkProperties properties, Accounts accounts) {
		Optional<String> one = account
			.or(() -> Optional.ofNullable(properties.accountId()).filter((id) -> !id.isBlank()));
		return one.map((id) -> new Scope(List.of(id), false)).orElseGet(() -> new Scope(accounts.all(), true));
	}

	public String describe() {
		return this.all ? "every account (" + this.accounts.size() + ")" : "account " + this.accounts.get(0);
	}

}
