package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Page;
import vn.kehoach.model.Word;

/**
 * On page 2 of the seed-003 scan the page pass of Tesseract reads the line-end date "6/2020." as
 * "6/202(" (confidence 0.72); read again alone it is "6/2020" (0.95).
 */
@Tag("ocr")
class DoubtfulFiguresTest {

    @Test
    void aDoubtfulFigureReadAgainAloneKeepsTheSurerReading() throws Exception {
        try (OcrEngines engines = new OcrEngines(OcrEngines.VIETNAMESE)) {
            List<Page> pages = new PdfIngester(engines, false)
                .ingest(Path.of("samples", "seed-003-scan.pdf"), MediaType.application("pdf"), "seed-003-scan.pdf");
            List<Word> words = pages.get(1).blocks().stream().flatMap(b -> b.allLines().stream())
                .flatMap(l -> l.words().stream()).toList();
            assertTrue(words.stream().noneMatch(w -> w.text().startsWith("6/202(")), "the page pass's misreading replaced");
            Word date = words.stream().filter(w -> w.text().startsWith("6/2020")).findFirst().orElseThrow();
            assertTrue(date.confidence() >= 0.9, "the surer reading's confidence: " + date.confidence());
        }
    }
}
