package io.rtkwarehouse.cli;

import io.rtkwarehouse.demo.Demo;
import picocli.CommandLine.Command;

/** {@code demo}: a real backfill against the simulator, then what it loaded. */
@Command(name = "demo",
		description = { "Loads 3 apps x 30 days from a local simulator of the API, then shows them: no account needed.",
				"", "Starts a simulator of the Cloudflare API on a free loopback port and runs a real backfill",
				"of the last 30 days against it, as a demo account, into the configured database (by",
				"default PostgreSQL on localhost:5432; where none is reachable, a throwaway PostgreSQL in",
				"Docker through Testcontainers). Then prints what it loaded, one query from docs/sql.md,",
				"and how to load your real account." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the demo ran", "1:it could not run (no database, or the backfill failed)", "2:bad usage" })
class DemoCommand extends CommandBase {

	@Override
	public Integer call() {
		Session session = session();
		return Demo.run(session.springArgs(), System.getenv(), session.out(), session.err(),
				(args) -> Cli.run(session.out(), session.err(), args));
	}

}
