package io.rtkwarehouse.run;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The last line of a terminal, held by a live progress line: whatever else is printed
 * while it is shown (log lines of a 429, a retry) goes above it. The line is cleared, the
 * other output printed on lines of its own, and the progress line drawn again below.
 */
final class TerminalLine {

	/**
	 * Carriage return, then erase to the end of the line: no tail of a longer line stays.
	 */
	private static final String CLEAR = "\r\u001b[K";

	private final PrintStream terminal;

	private String text = "";

	private boolean shown;

	TerminalLine(PrintStream terminal) {
		this.terminal = terminal;
	}

	synchronized void show(String line) {
		this.text = line;
		this.shown = true;
		this.terminal.print(CLEAR + line);
		this.terminal.flush();
	}

	/** Draws the line one last time and ends it: what comes next starts below it. */
	synchronized void finish(String line) {
		show(line);
		this.terminal.println();
		this.terminal.flush();
		this.shown = false;
	}

	/** A stream whose output goes above the line. */
	PrintStream above(PrintStream target) {
		return new PrintStream(new Above(target), true);
	}

	/** Collects output until a line is complete, then prints whole lines above. */
	private final class Above extends OutputStream {

		private final PrintStream target;

		private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

		Above(PrintStream target) {
			this.target = target;
		}

		@Override
		public void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			synchronized (TerminalLine.this) {
				this.pending.write(bytes, offset, length);
				byte[] all = this.pending.toByteArray();
				int end = all.length;
				while (end > 0 && all[end - 1] != '\n') {
					end--;
				}
				if (end > 0) {
					print(all, end);
					this.pending.reset();
					this.pending.write(all, end, all.length - end);
				}
			}
		}

		@Override
		public void close() {
			synchronized (TerminalLine.this) {
				if (this.pending.size() > 0) {
					this.pending.write('\n');
					print(this.pending.toByteArray(), this.pending.size());
					this.pending.reset();
				}
			}
		}

		private void print(byte[] lines, int length) {
			boolean redraw = TerminalLine.this.shown;
			if (redraw) {
				TerminalLine.this.terminal.print(CLEAR);
				TerminalLine.this.terminal.flush();
			}
			this.target.write(lines, 0, length);
			this.target.flush();
			if (redraw) {
				TerminalLine.this.terminal.print(TerminalLine.this.text);
				TerminalLine.this.terminal.flush();
			}
		}

	}

}
