package io.rtkwarehouse.run;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What one account's run prints while other accounts run beside it: each line whole,
 * after the account's id, so that the lines of runs side by side stay apart and say whose
 * they are.
 */
final class AccountOutput extends OutputStream {

	private final PrintStream target;

	private final String prefix;

	private final ByteArrayOutputStream line = new ByteArrayOutputStream();

	private AccountOutput(PrintStream target, String prefix) {
		this.target = target;
		this.prefix = prefix;
	}

	/** {@code target}, each line after {@code [account <id>] }. */
	static PrintStream of(PrintStream target, String account) {
		return new PrintStream(new AccountOutput(target, "[account " + account + "] "), true, StandardCharsets.UTF_8);
	}

	@Override
	public synchronized void write(int b) {
		if (b == '\n') {
			flushLine();
		}
		else {
			this.line.write(b);
		}
	}

	@Override
	public synchronized void write(byte[] bytes, int offset, int length) {
		for (int i = offset; i < offset + length; i++) {
			write(bytes[i]);
		}
	}

	@Override
	public synchronized void close() {
		if (this.line.size() > 0) {
			flushLine();
		}
	}

	private void flushLine() {
		String text = this.line.toString(StandardCharsets.UTF_8);
		this.line.reset();
		synchronized (this.target) {
			this.target.println(this.prefix + text);
		}
	}

}
