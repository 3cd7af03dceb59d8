package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.PlanDocument;

/**
 * Real administrative documents from the shared corpus (read at test time, never copied): extraction
 * must not fail on any of them, every output must meet the schema, and the form must be found on most.
 */
class CorpusExtractionTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "corpus-02.txt");
    private static final int DOCUMENTS = 40;

    @Test
    void realDocumentsExtractWithinTheSchema(@TempDir Path dir) throws Exception {
        List<String> documents = Arrays.stream(Files.readString(CORPUS).split("(?m)^=== DOC [^\n]*\n"))
            .filter(d -> d.length() > 500).limit(DOCUMENTS).toList();
        int numbered = 0;
        int withSections = 0;
        for (int i = 0; i < documents.size(); i++) {
            Path file = dir.resolve("doc-" + i + ".txt");
            Files.writeString(file, documents.get(i));
            PlanDocument document = Extraction.PIPELINE.run(file, file.getFileName().toString());
            Extraction.assertValid(document);
            numbered += document.document().number().isPresent() ? 1 : 0;
            withSections += document.sections().isEmpty() ? 0 : 1;
        }
        assertTrue(numbered >= documents.size() / 2, numbered + " of " + documents.size() + " with a number and symbol");
        assertTrue(withSections >= documents.size() * 3 / 4, withSections + " of " + documents.size() + " with sections");
    }

    /** A land-price decree of corpus-05 whose tables once made typing throw (a column of zero percents). */
    @Test
    void theDocumentThatBrokeTableTypingNowTypesItsTables(@TempDir Path dir) throws Exception {
        Path corpus = CORPUS.resolveSibling("corpus-05.txt");
        assumeTrue(Files.exists(corpus), "the shared corpus is not beside the repository");
        String marker = "=== DOC johnPa02:crawl_dat_dai_Nghị_định_61-CP.txt ===\n";
        String all = Files.readString(corpus);
        int start = all.indexOf(marker);
        assumeTrue(start >= 0, "the document is no longer in the corpus");
        int end = all.indexOf("\n=== DOC ", start + marker.length());
        Path file = dir.resolve("nd-61-cp.txt");
        Files.writeString(file, all.substring(start + marker.length(), end < 0 ? all.length() : end));
        PlanDocument document = Extraction.PIPELINE.run(file, "nd-61-cp.txt");
        Extraction.assertValid(document);
        assertFalse(document.tables().isEmpty());
    }
}
