package io.rtkwarehouse.run;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The accounts whose reconcile found days that differ: their exit code is 1 as for a
 * failed run, and the line per account says "differ", not "failed".
 */
@Component
class Differed {

	private final Set<String> accounts = ConcurrentHashMap.newKeySet();

	void differ(String accountId) {
		this.accounts.add(accountId);
	}

	/** Whether the account's last run differed; forgets it. */
	boolean take(String accountId) {
		return this.accounts.remove(accountId);
	}

}
