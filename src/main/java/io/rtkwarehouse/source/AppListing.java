package io.rtkwarehouse.source;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.rtkwarehouse.config.Ids;

import org.springframework.stereotype.Component;

/**
 * The apps of the account as the apps endpoint last listed them in this process. A run
 * lists them before its job starts (so that an unreachable API or a refused token writes
 * nothing), and the job records that same listing instead of asking again. An app whose
 * id could not be one path segment of the API is left out, with the reason.
 */
@Component
public class AppListing {

	private final LivestreamSource source;

	private final AtomicReference<Listed> last = new AtomicReference<>(new Listed(List.of(), List.of()));

	AppListing(LivestreamSource source) {
		this.source = source;
	}

	/** Lists the apps now, and remembers the answer. */
	public Listed list() {
		// A listing that fails leaves none: never the apps of the account listed before.
		this.last.set(new Listed(List.of(), List.of()));
		List<AppInfo> apps = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (AppInfo app : this.source.apps()) {
			String problem = Ids.appProblem(app.id());
			if (problem == null) {
				apps.add(app);
			}
			else {
				skipped.add("skipped " + problem + ", as the apps endpoint listed it");
			}
		}
		Listed listed = new Listed(List.copyOf(apps), List.copyOf(skipped));
		this.last.set(listed);
		return listed;
	}

	/** The apps of the last listing of this process; none when there was none. */
	public List<AppInfo> last() {
		return this.last.get().apps();
	}

	/** A listing: the apps, and a sentence for each app left out. */
	public record Listed(List<AppInfo> apps, List<String> skipped) {
	}

}
