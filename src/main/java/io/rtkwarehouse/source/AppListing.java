package io.rtkwarehouse.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.rtkwarehouse.config.Ids;
import io.rtkwarehouse.config.RtkProperties;

import org.springframework.stereotype.Component;

/**
 * The apps of each account as the apps endpoint last listed them in this process. A run
 * lists them before its job starts (so that an unreachable API or a refused token writes
 * nothing), and the job records that same listing instead of asking again. An app whose
 * id could not be one path segment of the API is left out, with the reason.
 */
@Component
public class AppListing {

	private final RealtimeKit api;

	private final Map<String, Listed> last = new ConcurrentHashMap<>();

	AppListing(RealtimeKit api) {
		this.api = api;
	}

	/** Lists the account's apps now, and remembers the answer. */
	public Listed list(RtkProperties account) {
		// A listing that fails leaves none: never the apps of the account listed before.
		this.last.remove(account.accountId());
		List<AppInfo> apps = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (AppInfo app : this.api.apps(account)) {
			String problem = Ids.appProblem(app.id());
			if (problem == null) {
				apps.add(app);
			}
			else {
				skipped.add("skipped " + problem + ", as the apps endpoint listed it");
			}
		}
		Listed listed = new Listed(List.copyOf(apps), List.copyOf(skipped));
		this.last.put(account.accountId(), listed);
		return listed;
	}

	/**
	 * The apps of the account's last listing in this process; none when there was none.
	 */
	public List<AppInfo> last(String accountId) {
		Listed listed = this.last.get(accountId);
		return (listed != null) ? listed.apps() : List.of();
	}

	/** A listing: the apps, and a sentence for each app left out. */
	public record Listed(List<AppInfo> apps, List<String> skipped) {
	}

}
