package vn.kehoach.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code kehoach} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(utf8(System.out), utf8(System.err)).execute(args));
    }

    /** The command line printing to the given writers; {@code execute} returns an {@link ExitCodes} value. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return new CommandLine(new KehoachCommand())
            .setOut(out)
            .setErr(err)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setExecutionExceptionHandler(KehoachCommand::handleUnexpected);
    }

    // UTF-8 whatever the locale: under LANG=C the JDK would print Vietnamese as question marks.
    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
