package io.rtkwarehouse.cli;

import io.rtkwarehouse.demo.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: a real backfill against the simulator, then what it loaded. */
@Command(name = "demo", sortOptions = false,
		description = { "Loads 3 apps x 30 days from a local simulator of the API, then shows them: no account needed.",
				"", "Starts a simulator of the Cloudflare API on a free loopback port and runs a real backfill",
				"of the last 30 days against it, as a demo account, into a database of its own (--database,",
				"created afresh on the configured server: by default PostgreSQL on localhost:5432; where none",
				"is reachable, a throwaway PostgreSQL in Docker through Testcontainers). Then prints what it",
				"loaded, one query from docs/sql.md, and how to load your real account. The demo's rows",
				"never land in the configured database itself; 'demo --remove' drops the demo's database." },
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:the demo ran (or its database was removed)",
				"1:it could not run (no database, or the backfill failed)", "2:bad usage" })
class DemoCommand extends CommandBase {

	@Option(names = "--database", paramLabel = "NAME", defaultValue = Demo.DEFAULT_DATABASE,
			description = "the demo's own database on the configured server (default: ${DEFAULT-VALUE})")
	String database;

	@Option(names = "--remove", description = "drop the demo's database instead")
	boolean remove;

	@Override
	public Integer call() {
		Session session = session();
		if (this.remove) {
			return Demo.remove(session.springArgs(), System.getenv(), this.database, session.out(), session.err());
		}
		return Demo.run(session.springArgs(), System.getenv(), this.database, session.out(), session.err(),
				(args) -> Cli.run(session.out(), session.err(), args));
	}

}
