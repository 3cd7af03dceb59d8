package vn.kehoach.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; each subcommand is one thing users script against. */
@Command(name = "kehoach", mixinStandardHelpOptions = true, versionProvider = KehoachCommand.Version.class,
    description = "Turns Vietnamese plan documents (Kế hoạch) into structured, checked JSON.",
    subcommands = {ExtractCommand.class, TextCommand.class, ValidateCommand.class, RepairCommand.class,
        ReviewCommand.class, ServeCommand.class,
        TrainLmCommand.class, EvaluateCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input processed", "1:some inputs failed (others processed)",
        "2:usage error", "3:internal error", "4:validate: findings at or above --fail-on"})
public final class KehoachCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    static int handleUnexpected(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("kehoach: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
        return ExitCodes.INTERNAL;
    }

    /** The version from the jar's manifest ("dev" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = KehoachCommand.class.getPackage().getImplementationVersion();
            return new String[] {"kehoach " + (version == null ? "dev" : version)};
        }
    }
}
