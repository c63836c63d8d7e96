package io.rtkwarehouse.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.run.AccountRuns;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/** What every command of the jar has: {@code --help}, and the session it runs in. */
abstract class CommandBase implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@ParentCommand
	RtkWarehouseCommand parent;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help")
	boolean help;

	Session session() {
		return this.parent.session();
	}

	/** Bad usage found after parsing: exit 2 with the message, before Spring starts. */
	ParameterException usage(String message) {
		return new ParameterException(this.spec.commandLine(), message);
	}

	/**
	 * Runs {@code call} in the application context of this session. Check the options
	 * before: a {@link #usage} thrown inside is reported as a failure, not as bad usage.
	 */
	int inSpring(SpringRun.ContextCall call) {
		return SpringRun.with(session(), false, call);
	}

	/**
	 * {@link #inSpring} once per account of {@code selection} ({@link AccountRuns}): the
	 * exit code is the worst of theirs.
	 */
	int forEachAccount(AccountRuns.Selection selection, boolean needsApi, AccountCall call) {
		return inSpring((context) -> context.getBean(AccountRuns.class)
			.run(selection, needsApi, session().out(), session().err(),
					(account, out, err) -> call.run(context, account, out, err), SpringRun::report));
	}

	/** What a command does for one account, printing to {@code out} and {@code err}. */
	interface AccountCall {

		int run(ConfigurableApplicationContext context, RtkProperties account, PrintStream out, PrintStream err)
				throws InterruptedException;

	}

	/**
	 * {@link #inSpring} for a command that only talks to the API: its beans are made when
	 * first used, so the database is never reached.
	 */
	int withoutTheWarehouse(SpringRun.ContextCall call) {
		return SpringRun.with(session(), true, call);
	}

	/**
	 * {@link #inSpring} for a command that only reads the warehouse, in a context that
	 * has only what it reads with ({@link ReadingApplication}).
	 */
	int readingTheWarehouse(SpringRun.ContextCall call) {
		return SpringRun.reading(session(), call);
	}

}
