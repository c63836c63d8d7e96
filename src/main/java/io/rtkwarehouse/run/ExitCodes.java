package io.rtkwarehouse.run;

/** The exit codes of the commands. */
public final class ExitCodes {

	/** Every window was loaded, or the command did what it was asked. */
	public static final int OK = 0;

	/** The run failed: the failed windows and the reason are printed. */
	public static final int FAILED = 1;

	/** Bad usage or configuration: nothing was written. */
	public static final int USAGE = 2;

	/** Another run of the same account holds the lock. */
	public static final int LOCKED = 3;

	private ExitCodes() {
	}

}
