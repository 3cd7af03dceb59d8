package vn.kehoach.cli;

import java.util.List;
import vn.kehoach.extract.MetadataExtractor;
import vn.kehoach.extract.PlanExtractor;
import vn.kehoach.extract.SectionExtractor;
import vn.kehoach.extract.TableExtractor;
import vn.kehoach.ingest.DocumentLimits;
import vn.kehoach.ingest.ImageIngester;
import vn.kehoach.ingest.Ingestion;
import vn.kehoach.ingest.OcrEngines;
import vn.kehoach.ingest.OfficeIngester;
import vn.kehoach.ingest.PdfIngester;
import vn.kehoach.ingest.PlainTextIngester;
import vn.kehoach.normalize.NormalizeStage;
import vn.kehoach.pipeline.Pipeline;
import vn.kehoach.validate.ValidateStage;

/**
 * Assembles the standard pipelines and owns what they share (the per-thread OCR engines). Public so that
 * tests run the very pipeline the command line runs.
 */
public final class Pipelines implements AutoCloseable {

    private final OcrEngines ocr;
    private final Ingestion ingestion;

    private Pipelines(OcrEngines ocr, Ingestion ingestion) {
        this.ocr = ocr;
        this.ingestion = ingestion;
    }

    static Pipelines standard(PipelineOptions options) {
        return standard(options, Runtime.getRuntime().availableProcessors());
    }

    /** @param ocrThreads pages OCR'd at once, over all documents (the pages of one scan are spread over them) */
    static Pipelines standard(PipelineOptions options, int ocrThreads) {
        return standard(options.keepGarbageTextLayer, options.limits(), ocrThreads);
    }

    /** Every ingester with the default limits, one OCR thread per core: the pipeline the command line runs. */
    public static Pipelines standard(boolean keepGarbageTextLayer) {
        return standard(keepGarbageTextLayer, DocumentLimits.DEFAULTS, Runtime.getRuntime().availableProcessors());
    }

    /** Every ingester: PDF (text layer or OCR), image, office, plain text. */
    private static Pipelines standard(boolean keepGarbageTextLayer, DocumentLimits limits, int ocrThreads) {
        OcrEngines ocr = new OcrEngines("vie", ocrThreads);
        Ingestion ingestion = new Ingestion(List.of(
            new PdfIngester(ocr, keepGarbageTextLayer, limits),
            new ImageIngester(ocr, limits),
            new OfficeIngester(),
            new PlainTextIngester()));
        return new Pipelines(ocr, ingestion);
    }

    /** Ingestion only: the text as read from the file. */
    Pipeline ingestOnly() {
        return Pipeline.from(ingestion).build();
    }

    /** Every stage that exists today. */
    public Pipeline full() {
        return extractionStages(new NormalizeStage()).then(new ValidateStage()).build();
    }

    /** Ingestion, the given normalization, and every extraction stage; no validation. */
    public Pipeline extraction(NormalizeStage normalize) {
        return extractionStages(normalize).build();
    }

    private Pipeline.Builder extractionStages(NormalizeStage normalize) {
        return Pipeline.from(ingestion)
            .then(normalize)
            .then(new MetadataExtractor())
            .then(new SectionExtractor())
            .then(new PlanExtractor())
            .then(new TableExtractor());
    }

    @Override
    public void close() {
        ocr.close();
    }
}
