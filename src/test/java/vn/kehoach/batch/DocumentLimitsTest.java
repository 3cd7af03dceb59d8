package vn.kehoach.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.ingest.DocumentLimits;
import vn.kehoach.ingest.ImageIngester;
import vn.kehoach.ingest.Ingestion;
import vn.kehoach.ingest.OcrEngines;
import vn.kehoach.ingest.PdfIngester;
import vn.kehoach.pipeline.InputException;

/**
 * Per-document limits stop a decompression bomb and a 10,000-page PDF from the headers, before any
 * pixel is decoded or page read: quickly, and with the cause and limit named.
 */
class DocumentLimitsTest {

    @TempDir
    static Path dir;
    private static OcrEngines engines;

    @BeforeAll
    static void engines() {
        engines = new OcrEngines("vie");
    }

    @AfterAll
    static void close() {
        engines.close();
    }

    private static InputException refused(Path file, DocumentLimits limits) {
        Ingestion ingestion = new Ingestion(List.of(new PdfIngester(engines, false, limits), new ImageIngester(engines, limits)));
        long start = System.nanoTime();
        InputException e = assertThrows(InputException.class, () -> ingestion.read(file, file.getFileName().toString()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 15_000, "refused from the headers, not after the work: " + millis + " ms");
        return e;
    }

    @Test
    void aDecompressionBombPngIsRefusedBeforeDecoding() throws IOException {
        Path bomb = BatchInputs.bombPng(dir, "bomb.png");
        assertTrue(Files.size(bomb) < 1_000_000, "the bomb is small: " + Files.size(bomb));
        InputException e = refused(bomb, DocumentLimits.DEFAULTS);
        assertEquals(InputException.Reason.TOO_LARGE_IMAGE, e.reason());
        assertEquals("too-large-image", e.causeCode());
        assertTrue(e.getMessage().contains("50000x50000") && e.getMessage().contains("--max-pixels"), e.getMessage());
    }

    @Test
    void aDecompressionBombInsideAPdfIsRefusedBeforeRendering() throws IOException {
        InputException e = refused(BatchInputs.bombPdf(dir, "bomb.pdf"), DocumentLimits.DEFAULTS);
        assertEquals(InputException.Reason.TOO_LARGE_IMAGE, e.reason());
        assertTrue(e.getMessage().startsWith("page 1, an image: 50000x50000"), e.getMessage());
    }

    @Test
    void aTenThousandPagePdfIsRefusedByItsPageCount() throws IOException {
        InputException e = refused(BatchInputs.manyPagesPdf(dir, "many.pdf", 10_000), DocumentLimits.DEFAULTS);
        assertEquals(InputException.Reason.TOO_MANY_PAGES, e.reason());
        assertEquals("10000 pages, more than the limit of 2000 (--max-pages)", e.getMessage());
    }

    @Test
    void lowerLimitsApplyToOrdinaryDocuments() {
        InputException pages = refused(Path.of("samples/seed-003-typed.pdf"), new DocumentLimits(2, DocumentLimits.DEFAULT_MAX_PIXELS));
        assertEquals(InputException.Reason.TOO_MANY_PAGES, pages.reason());
        InputException pixels = refused(Path.of("samples/seed-003-page1.png"), new DocumentLimits(10, 1_000_000));
        assertEquals(InputException.Reason.TOO_LARGE_IMAGE, pixels.reason());
        InputException scan = refused(Path.of("samples/seed-003-scan.pdf"), new DocumentLimits(10, 1_000_000));
        assertEquals(InputException.Reason.TOO_LARGE_IMAGE, scan.reason());
        assertTrue(scan.getMessage().startsWith("page 1, an image: "), scan.getMessage());
    }
}
