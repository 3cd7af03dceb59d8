package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Page;
import vn.kehoach.model.SourceKind;

/** The pages of one scan are spread over the OCR threads; what is read does not depend on how many there are. */
@Tag("ocr")
class PageParallelOcrTest {

    private static final Path SCAN = Path.of("samples/seed-003-scan.pdf");

    private static List<Page> ingest(int threads) throws Exception {
        try (OcrEngines engines = new OcrEngines(OcrEngines.VIETNAMESE, threads)) {
            return new PdfIngester(engines, false).ingest(SCAN, MediaType.application("pdf"), "scan.pdf");
        }
    }

    @Test
    void threePagesOnTwoThreadsReadAsOnOne() throws Exception {
        List<Page> sequential = ingest(1);
        List<Page> parallel = ingest(2);
        assertEquals(3, sequential.size());
        assertEquals(List.of(1, 2, 3), parallel.stream().map(Page::number).toList(), "pages stay in order");
        for (int i = 0; i < sequential.size(); i++) {
            assertEquals(SourceKind.OCR, parallel.get(i).kind());
            assertEquals(sequential.get(i).blocks(), parallel.get(i).blocks(), "page " + (i + 1));
            assertEquals(sequential.get(i).ocr().words(), parallel.get(i).ocr().words());
        }
        assertTrue(ScannedPdfTest.text(parallel.get(0)).contains("KẾ HOẠCH"));
    }
}
