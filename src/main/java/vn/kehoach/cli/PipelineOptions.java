package vn.kehoach.cli;

import picocli.CommandLine.Option;

/** Options that shape the pipeline, shared by the subcommands that run it. */
public final class PipelineOptions {

    @Option(names = "--keep-text-layer",
        description = "Keep a PDF text layer even when it is judged garbage (e.g. an old English-model OCR layer); "
            + "by default such pages are OCR'd again with the Vietnamese model.")
    boolean keepGarbageTextLayer;
}
