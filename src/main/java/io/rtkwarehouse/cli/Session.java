package io.rtkwarehouse.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One run of the command line: where it prints, and the Spring Boot properties given as
 * {@code --name.with.dots=value}.
 */
record Session(PrintStream out, PrintStream err, List<String> springArgs) {
}
