package io.rtkwarehouse.cli;

import java.util.Optional;

import io.rtkwarehouse.run.ExitCodes;
import io.rtkwarehouse.run.StatusReport;
import picocli.CommandLine.Command;

/**
 * {@code train-class-cache}, hidden: what the launchers run once per jar and JDK to
 * record the classes a start loads into their class data sharing archive or AOT cache. It
 * starts the whole application context with every bean made, as a job's start makes them
 * (no job runs, no API is called), then {@code status} in the light context of the
 * commands that only read. Either may fail (no database, no token): the classes loaded
 * until then are recorded all the same, and it exits 0.
 */
@Command(name = "train-class-cache", hidden = true,
		description = "Loads what the commands load at start, for the launchers' class cache; writes nothing.")
class TrainClassCacheCommand extends CommandBase {

	@Override
	public Integer call() {
		inSpring((context) -> ExitCodes.OK);
		readingTheWarehouse(
				(context) -> context.getBean(StatusReport.class).print(Optional.empty(), 10, session().out()));
		return ExitCodes.OK;
	}

}
