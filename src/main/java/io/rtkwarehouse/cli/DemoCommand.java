package io.rtkwarehouse.cli;

import java.nio.file.Path;

import io.rtkwarehouse.demo.Demo;
import io.rtkwarehouse.demo.PostgresBinaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: a real backfill against the simulator, then what it loaded. */
@Command(name = "demo", sortOptions = false,
		description = { "Loads 3 apps x 30 days from a local simulator of the API, then shows them: no account needed.",
				"", "Starts a simulator of the Cloudflare API on a free loopback port and runs a real backfill",
				"of the last 30 days against it, as a demo account, into a database of its own (--database,",
				"created afresh on the configured server: by default PostgreSQL on localhost:5432). Where no",
				"server is reachable, it starts a PostgreSQL of its own, removed when it ends, from binaries",
				"downloaded once (about 15 MB on Linux, checked against their SHA-256) from",
				"--postgres-repository into --postgres-cache (as root, only where Linux allows user",
				"namespaces: PostgreSQL refuses to run as root). Then prints what it loaded, one",
				"query from docs/sql.md, and how to load your real account. The demo's rows never land in",
				"the configured database itself; 'demo --remove' drops the demo's database." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the demo ran (or its database was removed)",
				"1:it could not run (the backfill failed, or its database could not be made)",
				"2:bad usage, or no PostgreSQL to reach or start (it says what it needs)" })
class DemoCommand extends CommandBase {

	@Option(names = "--database", paramLabel = "NAME", defaultValue = Demo.DEFAULT_DATABASE,
			description = "the demo's own database on the configured server (default: ${DEFAULT-VALUE})")
	String database;

	@Option(names = "--remove", description = "drop the demo's database instead")
	boolean remove;

	@Option(names = "--postgres-repository", paramLabel = "URL", defaultValue = PostgresBinaries.MAVEN_CENTRAL,
			description = "the Maven repository (Central or a mirror) of PostgreSQL's binaries, where no server is"
					+ " reachable (default: ${DEFAULT-VALUE})")
	String repository;

	@Option(names = "--postgres-cache", paramLabel = "DIR",
			description = "where those binaries are kept (default: $XDG_CACHE_HOME/rtk-warehouse, else"
					+ " ~/.cache/rtk-warehouse)")
	Path cache;

	@Override
	public Integer call() {
		Session session = session();
		if (this.remove) {
			return Demo.remove(session.springArgs(), System.getenv(), this.database, session.out(), session.err());
		}
		PostgresBinaries binaries = new PostgresBinaries(this.repository,
				(this.cache != null) ? this.cache : PostgresBinaries.defaultCache(System.getenv()));
		return Demo.run(session.springArgs(), System.getenv(), this.database, binaries, Signals::atHalt, session.out(),
				session.err(), (args) -> Cli.run(session.out(), session.err(), args));
	}

}
