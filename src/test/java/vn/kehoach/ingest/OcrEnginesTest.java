package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.Page;

/** Each worker thread OCRs with its own Tesseract handle; results do not depend on the concurrency. */
@Tag("ocr")
class OcrEnginesTest {

    @TempDir
    Path dir;

    @Test
    void twoThreadsOcrTwoDocumentsAtOnceWithTheirOwnEngines() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        Path typed = dir.resolve("typed.pdf");
        Fixtures.typedPdf(Fixtures.PLAN, typed);
        Fixtures.scanPdf(Fixtures.jpeg(Fixtures.scanned(typed, 300), 0.6f), scan);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        OcrEngines engines = new OcrEngines(OcrEngines.VIETNAMESE);
        try {
            PdfIngester ingester = new PdfIngester(engines, false);
            String alone = ScannedPdfTest.text(ingester.ingest(scan, MediaType.application("pdf"), "scan.pdf").get(0));
            CountDownLatch bothStarted = new CountDownLatch(2);
            Callable<Result> task = () -> {
                bothStarted.countDown();
                bothStarted.await();
                OcrEngine engine = engines.current();
                Page page = ingester.ingest(scan, MediaType.application("pdf"), "scan.pdf").get(0);
                assertSame(engine, engines.current(), "a thread keeps its engine");
                return new Result(engine, ScannedPdfTest.text(page));
            };
            List<Future<Result>> futures = pool.invokeAll(List.of(task, task));
            Result first = futures.get(0).get();
            Result second = futures.get(1).get();
            assertNotSame(first.engine(), second.engine());
            assertNotSame(engines.current(), first.engine());
            assertEquals(alone, first.text());
            assertEquals(alone, second.text());
            assertTrue(alone.contains("KẾ HOẠCH"));
            engines.close();
            assertThrows(IllegalStateException.class, engines::current);
        } finally {
            engines.close();
            pool.shutdownNow();
        }
    }

    @Test
    void missingLanguageDataNamesThePackageToInstall() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new OcrEngines("xyz"));
        assertTrue(e.getMessage().contains("apt-get install -y tesseract-ocr tesseract-ocr-xyz"), e.getMessage());
    }

    private record Result(OcrEngine engine, String text) {
    }
}
