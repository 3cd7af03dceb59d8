package vn.kehoach.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kehoach.batch.BatchRunner;
import vn.kehoach.batch.InputCollector;
import vn.kehoach.batch.InputFile;
import vn.kehoach.batch.Outcome;

/** {@code kehoach extract INPUT... [--out DIR] [--jobs N]}: one JSON per input document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Convert documents to JSON: writes DIR/<relative path>.json per input, "
        + "or DIR/<relative path>.error.json when an input cannot be read.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (searched recursively).")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "kehoach-out",
        description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
        description = "Documents processed in parallel (default: the number of cores).")
    Integer jobs;

    @Mixin
    PipelineOptions pipelineOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<InputFile> files;
        try {
            files = InputCollector.collect(inputs);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no input files found in " + inputs);
        }
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        try (Pipelines pipelines = Pipelines.standard(pipelineOptions)) {
            List<Outcome> outcomes = new BatchRunner(pipelines.full(), out, workers, spec.commandLine().getErr()).run(files);
            long failed = outcomes.stream().filter(o -> !o.ok()).count();
            spec.commandLine().getErr().printf("%d document%s, %d ok, %d failed; output in %s%n", outcomes.size(),
                outcomes.size() == 1 ? "" : "s", outcomes.size() - failed, failed, out);
            return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }
}
