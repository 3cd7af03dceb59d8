package vn.kehoach.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.kehoach.ingest.DocumentLimits;

/** Options that shape the pipeline, shared by the subcommands that run it. */
public final class PipelineOptions {

    @Option(names = "--keep-text-layer",
        description = "Keep a PDF text layer even when it is judged garbage (e.g. an old English-model OCR layer); "
            + "by default such pages are OCR'd again with the Vietnamese model.")
    boolean keepGarbageTextLayer;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;
    private int maxPages;
    private long maxPixels;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "" + DocumentLimits.DEFAULT_MAX_PAGES,
        description = "Refuse a document of more than N pages (cause too-many-pages; default: ${DEFAULT-VALUE}).")
    void maxPages(int pages) {
        maxPages = (int) positive("--max-pages", pages);
    }

    @Option(names = "--max-pixels", paramLabel = "N", defaultValue = "" + DocumentLimits.DEFAULT_MAX_PIXELS,
        description = "Refuse an image or page render of more than N pixels, e.g. a decompression bomb "
            + "(cause too-large-image; default: ${DEFAULT-VALUE}).")
    void maxPixels(long pixels) {
        maxPixels = positive("--max-pixels", pixels);
    }

    DocumentLimits limits() {
        return new DocumentLimits(maxPages, maxPixels);
    }

    private long positive(String option, long value) {
        if (value < 1) {
            throw new ParameterException(mixee.commandLine(), option + " must be at least 1: " + value);
        }
        return value;
    }
}
