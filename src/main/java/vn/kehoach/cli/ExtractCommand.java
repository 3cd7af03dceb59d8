package vn.kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kehoach.batch.BatchResult;
import vn.kehoach.batch.BatchRunner;
import vn.kehoach.batch.BatchSettings;
import vn.kehoach.batch.InputCollector;
import vn.kehoach.batch.InputFile;
import vn.kehoach.batch.OutputFolderBusyException;
import vn.kehoach.batch.PipelineVersion;
import vn.kehoach.batch.Progress;
import vn.kehoach.batch.SummaryText;
import vn.kehoach.normalize.DiacriticRestorer;

/** {@code kehoach extract INPUT... [--out DIR] [--jobs N] [--force] [--timeout S]}: one JSON per input document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Convert documents to JSON: writes DIR/<relative path>.json per input, "
        + "or DIR/<relative path>.error.json when an input cannot be read; resumable (DIR/manifest.jsonl), "
        + "with plans.jsonl, findings.jsonl, errors.jsonl, tables as CSV and XLSX, and summary.json for reporting.")
public final class ExtractCommand implements Callable<Integer> {

    /** Generous: a 600-page scan at 3 s a page; a stuck document must not hold a worker for ever. */
    static final int DEFAULT_TIMEOUT_SECONDS = 3600;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (searched recursively).")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "kehoach-out",
        description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
        description = "Documents processed in parallel (default: the number of cores).")
    Integer jobs;

    @Option(names = "--force",
        description = "Redo every input, even those the manifest in DIR says are done with the same content and pipeline.")
    boolean force;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_TIMEOUT_SECONDS,
        description = "Stop a document that takes longer than this (cause timeout; default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

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
            throw usage(e.getMessage());
        }
        // An output folder inside an input folder: its JSON and JSONL files are results, not documents.
        Path outFolder = out.toAbsolutePath().normalize();
        files = files.stream().filter(f -> !f.path().toAbsolutePath().normalize().startsWith(outFolder)).toList();
        if (files.isEmpty()) {
            throw usage("no input files found in " + inputs);
        }
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw usage("--jobs must be at least 1");
        }
        if (timeoutSeconds < 1) {
            throw usage("--timeout must be at least 1 second");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<String> outputOptions = pipelineOptions.keepGarbageTextLayer ? List.of("keep-text-layer") : List.of();
        BatchSettings settings = new BatchSettings(out, workers, force, Duration.ofSeconds(timeoutSeconds),
            PipelineVersion.of(DiacriticRestorer.modelsDirectory(), outputOptions));
        // As many OCR threads as jobs: --jobs bounds the cores used, whether by many documents or one long scan.
        try (Pipelines pipelines = Pipelines.standard(pipelineOptions, workers)) {
            BatchResult result;
            try (Progress progress = Progress.choose(err)) {
                result = new BatchRunner(pipelines.full(), settings, progress).run(files);
            }
            SummaryText.lines(result, out).forEach(err::println);
            return result.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        } catch (OutputFolderBusyException e) {
            throw usage(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + out + ": " + e.getMessage(), e);
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
