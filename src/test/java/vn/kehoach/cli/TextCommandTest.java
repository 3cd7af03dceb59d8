package vn.kehoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.Line;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.testing.TextMetrics;

/** {@code kehoach text}: the text as the pipeline sees it, measured against the generator's gold text. */
class TextCommandTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");

    @Test
    void typedPdfTextIsExactLineForLine() throws IOException {
        Cli run = Cli.run("text", "--raw", "samples/seed-003-typed.pdf");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(pages(Files.readString(GOLD.resolve("seed-003-typed.txt"))), pages(run.out()));
    }

    /** Every paragraph of the DOCX, table cells included, is one line of the model, character for character. */
    @Test
    void docxTextIsExactParagraphForParagraph(@TempDir Path out) throws IOException {
        Cli run = Cli.run("extract", "samples/seed-003.docx", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        PlanDocument document = ModelJson.mapper().readValue(out.resolve("seed-003.docx.json").toFile(), PlanDocument.class);
        List<String> lines = document.pages().stream().flatMap(p -> p.blocks().stream())
            .flatMap(b -> b.allLines().stream()).map(Line::text).filter(t -> !t.isBlank()).toList();
        assertEquals(nonBlankLines(Files.readString(GOLD.resolve("seed-003-docx.txt"))), lines);
    }

    @Test
    @Tag("ocr")
    void scannedPdfIsReadWithinFivePercentCharacterErrors() throws IOException {
        assertCerAtMost(0.05, "samples/seed-003-scan.pdf");
    }

    @Test
    @Tag("ocr")
    void aGarbageTextLayerIsReplacedByVietnameseOcr() throws IOException {
        assertCerAtMost(0.05, "samples/seed-003-scan-old-ocr.pdf");
    }

    @Test
    @Tag("ocr")
    void keepingTheOldLayerShowsTheEnglishModelsMangledText() throws IOException {
        Cli run = Cli.run("text", "--raw", "--keep-text-layer", "samples/seed-003-scan-old-ocr.pdf");
        double cer = TextMetrics.characterErrorRate(Files.readString(GOLD.resolve("seed-003-typed.txt")), run.out());
        assertTrue(cer > 0.15, "the old layer is the English model's: CER " + cer);
        assertTrue(run.out().contains("Ké hoach") || run.out().contains("Ke hoach"), run.out().substring(0, 200));
    }

    @Test
    void normalizedTextIsWhatRawTextIsForCleanUnicode() {
        Cli raw = Cli.run("text", "--raw", "samples/seed-003.md");
        Cli normalized = Cli.run("text", "samples/seed-003.md");
        assertEquals(raw.out(), normalized.out());
    }

    @Test
    void aMissingFileIsAUsageError() {
        Cli run = Cli.run("text", "no/such/file.pdf");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("no such file: no/such/file.pdf"), run.err());
    }

    private static void assertCerAtMost(double limit, String sample) throws IOException {
        Cli run = Cli.run("text", "--raw", sample);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        double cer = TextMetrics.characterErrorRate(Files.readString(GOLD.resolve("seed-003-typed.txt")), run.out());
        assertTrue(cer <= limit, sample + ": CER " + cer);
        assertEquals(3, run.out().split("\f").length, "pages separated by form feeds");
    }

    /** Pages of non-blank lines: vertical gaps in the layout are not text. */
    private static List<List<String>> pages(String text) {
        return Arrays.stream(text.split("\f")).map(TextCommandTest::nonBlankLines).toList();
    }

    private static List<String> nonBlankLines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }
}
