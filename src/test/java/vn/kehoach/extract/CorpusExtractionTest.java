package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
