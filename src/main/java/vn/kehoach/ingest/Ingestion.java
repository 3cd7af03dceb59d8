package vn.kehoach.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import vn.kehoach.model.DocumentKind;
import vn.kehoach.model.OcrStats;
import vn.kehoach.model.Page;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.SourceInfo;
import vn.kehoach.model.SourceKind;
import vn.kehoach.pipeline.DocumentSource;
import vn.kehoach.pipeline.InputException;
import vn.kehoach.pipeline.KehoachException;

/**
 * The pipeline's document source: detects the media type from the content (never the file name),
 * routes the file to the first ingester that accepts it and describes the source.
 */
public final class Ingestion implements DocumentSource {

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final List<Ingester> ingesters;

    public Ingestion(List<Ingester> ingesters) {
        this.ingesters = List.copyOf(ingesters);
    }

    @Override
    public PlanDocument read(Path file, String displayName) throws KehoachException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new InputException(displayName, InputException.Reason.NOT_FOUND, "no such file");
        } catch (IOException e) {
            throw new InputException(displayName, InputException.Reason.UNREADABLE, e.getMessage(), e);
        }
        if (size == 0) {
            throw new InputException(displayName, InputException.Reason.EMPTY, "the file is empty (0 bytes)");
        }
        MediaType type = detect(file, displayName);
        Ingester ingester = ingesters.stream().filter(i -> i.accepts(type)).findFirst()
            .orElseThrow(() -> new InputException(displayName, InputException.Reason.UNSUPPORTED_TYPE,
                "unsupported content type " + type.getBaseType()));
        List<Page> pages = ingester.ingest(file, type, displayName);
        SourceInfo source = new SourceInfo(displayName, sha256(file, displayName), type.getBaseType().toString(),
            kindOf(type, pages), pages.size(), ocrSummary(pages));
        return PlanDocument.ingested(source, pages);
    }

    private MediaType detect(Path file, String displayName) throws InputException {
        // No resource name in the metadata: the route follows the bytes, not the extension.
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata());
        } catch (IOException e) {
            throw new InputException(displayName, InputException.Reason.UNREADABLE, e.getMessage(), e);
        }
    }

    static DocumentKind kindOf(MediaType type, List<Page> pages) {
        if (type.getType().equals("image")) {
            return DocumentKind.IMAGE;
        }
        boolean anyOcr = pages.stream().anyMatch(p -> p.kind() == SourceKind.OCR);
        boolean anyTextLayer = pages.stream().anyMatch(p -> p.kind() == SourceKind.TEXT_LAYER);
        if (anyOcr || anyTextLayer) {
            return anyOcr && anyTextLayer ? DocumentKind.MIXED_PDF
                : anyOcr ? DocumentKind.SCANNED_PDF : DocumentKind.TEXT_PDF;
        }
        return pages.stream().anyMatch(p -> p.kind() == SourceKind.OFFICE) ? DocumentKind.OFFICE : DocumentKind.PLAIN;
    }

    private static SourceInfo.OcrSummary ocrSummary(List<Page> pages) {
        List<OcrStats> stats = pages.stream().map(Page::ocr).filter(s -> s != null).toList();
        if (stats.isEmpty()) {
            return null;
        }
        int words = stats.stream().mapToInt(OcrStats::words).sum();
        double weighted = stats.stream().mapToDouble(s -> s.meanConfidence() * s.words()).sum();
        long millis = stats.stream().mapToLong(OcrStats::millis).sum();
        return new SourceInfo.OcrSummary(stats.size(), words, words == 0 ? 0 : weighted / words, millis);
    }

    private static String sha256(Path file, String displayName) throws InputException {
        try {
            return FileHashes.sha256(file);
        } catch (IOException e) {
            throw new InputException(displayName, InputException.Reason.UNREADABLE, e.getMessage(), e);
        }
    }
}
