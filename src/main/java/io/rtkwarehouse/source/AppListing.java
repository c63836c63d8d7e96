package io.rtkwarehouse.source;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The apps of the account as the apps endpoint last listed them in this process. A run
 * lists them before its job starts (so that an unreachable API or a refused token writes
 * nothing), and the job records that same listing instead of asking again.
 */
@Component
public class AppListing {

	private final LivestreamSource source;

	private final AtomicReference<List<AppInfo>> last = new AtomicReference<>();

	AppListing(LivestreamSource source) {
		this.source = source;
	}

	/** Lists the apps now, and remembers the answer. */
	public List<AppInfo> list() {
		List<AppInfo> apps = List.copyOf(this.source.apps());
		this.last.set(apps);
		return apps;
	}

	/** The last listing of this process, or a new one when there was none. */
	public List<AppInfo> lastOrList() {
		List<AppInfo> apps = this.last.get();
		return (apps != null) ? apps : list();
	}

}
