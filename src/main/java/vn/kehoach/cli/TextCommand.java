package vn.kehoach.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kehoach.model.DocumentText;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.pipeline.KehoachException;

/** {@code kehoach text FILE [--raw]}: the document's text as the pipeline sees it. */
@Command(name = "text", mixinStandardHelpOptions = true,
    description = "Print a document's text as the pipeline sees it, after normalization (--raw: as ingested). "
        + "Pages are separated by a form feed.")
public final class TextCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The document to read.")
    Path file;

    @Option(names = "--raw", description = "Print the text as ingested, before normalization and repair.")
    boolean raw;

    @Mixin
    PipelineOptions pipelineOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
        try (Pipelines pipelines = Pipelines.standard(pipelineOptions)) {
            PlanDocument document = (raw ? pipelines.ingestOnly() : pipelines.full()).run(file, file.toString());
            spec.commandLine().getOut().println(DocumentText.of(document));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (KehoachException e) {
            spec.commandLine().getErr().println("kehoach: " + e.oneLine());
            return ExitCodes.SOME_FAILED;
        }
    }
}
