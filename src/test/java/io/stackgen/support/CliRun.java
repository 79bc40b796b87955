package io.stackgen.support;

import io.stackgen.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the stackgen CLI in process and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        return of(CommandLine.defaultFactory(), args);
    }

    /** With {@code factory} making the commands, e.g. one handing the lint command a fixed clock. */
    public static CliRun of(CommandLine.IFactory factory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), factory);
        return new CliRun(code, out.toString(), err.toString());
    }

    public String describe() {
        return "exit " + exitCode + "\n--- stderr ---\n" + err + "--- stdout (first 2000 chars) ---\n"
                + out.substring(0, Math.min(out.length(), 2000));
    }
}
