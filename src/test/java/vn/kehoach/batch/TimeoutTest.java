package vn.kehoach.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.ingest.OcrEngine;
import vn.kehoach.ingest.OcrEngines;
import vn.kehoach.ingest.PageImage;
import vn.kehoach.model.ModelJson;

/** The per-document time limit really stops the work, even inside one page's OCR, and the batch goes on. */
@Tag("ocr")
class TimeoutTest {

    @TempDir
    Path in;
    @TempDir
    Path out;

    private static PageImage page() throws IOException {
        return PageImage.wholePage(ImageIO.read(Path.of("samples/seed-003-page1.png").toFile()), 300);
    }

    @Test
    void anInterruptStopsTesseractInTheMiddleOfAPage() throws IOException {
        PageImage page = page();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (OcrEngines engines = new OcrEngines("vie")) {
            OcrEngine engine = engines.current();
            long start = System.nanoTime();
            int words = engine.recognize(page, 1).stats().words();
            long whole = System.nanoTime() - start;
            assertTrue(words > 100, "the page has text: " + words);

            Thread worker = Thread.currentThread();
            timer.schedule(worker::interrupt, whole / 5, TimeUnit.NANOSECONDS);
            long interrupted = System.nanoTime();
            assertThrows(CancellationException.class, () -> engine.recognize(page, 1));
            long stopped = System.nanoTime() - interrupted;
            assertTrue(Thread.interrupted(), "the flag stays set for the caller to see");
            assertTrue(stopped < whole * 0.7, "stopped after " + stopped / 1_000_000 + " ms of a " + whole / 1_000_000 + " ms page");

            assertEquals(words, engine.recognize(page, 1).stats().words(), "the engine reads the next page as before");
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void aDocumentOverItsTimeLimitFailsWithTimeoutAndTheBatchGoesOn() throws IOException {
        long pageMillis = onePageMillis();
        Files.copy(Path.of("samples/seed-003-scan.pdf"), in.resolve("slow-scan.pdf")); // three pages
        BatchInputs.markdown(in, "quick.md", 1);
        BatchCli.Run run = BatchCli.extract(in, out, "--jobs", "1", "--timeout", "5");
        assertEquals(1, run.exitCode(), run.err());
        JsonNode error = ModelJson.mapper().readTree(out.resolve("slow-scan.pdf.error.json").toFile());
        assertEquals("timeout", error.get("cause").asText());
        assertEquals("stopped after the time limit of 5 s (--timeout)", error.get("message").asText());
        assertTrue(Files.exists(out.resolve("quick.md.json")), run.err());
        for (JsonNode entry : BatchCli.jsonLines(out.resolve("manifest.jsonl"))) {
            if (entry.get("documentId").asText().equals("slow-scan.pdf")) {
                // Tesseract's layout analysis cannot be cancelled, only its recognition: the worker is free
                // again within a page of the limit, not after the whole document.
                assertTrue(entry.get("millis").asLong() < 5_000 + pageMillis, entry + " (a page: " + pageMillis + " ms)");
            }
        }
    }

    /** The time to OCR one page of the scan here and now (the machine may be shared). */
    private static long onePageMillis() throws IOException {
        PageImage page = page();
        try (OcrEngines engines = new OcrEngines("vie")) {
            OcrEngine engine = engines.current();
            long start = System.nanoTime();
            engine.recognize(page, 1);
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
