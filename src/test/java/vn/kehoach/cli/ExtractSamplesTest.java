package vn.kehoach.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.Box;
import vn.kehoach.model.DocumentKind;
import vn.kehoach.model.Line;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.Page;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Table;
import vn.kehoach.model.TextLayerCheck.Decision;
import vn.kehoach.model.Word;
import vn.kehoach.testing.Schemas;

/** {@code kehoach extract samples/}: what a user runs first, on every kind of sample, with two workers. */
@Tag("ocr")
class ExtractSamplesTest {

    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    static Path out;
    private static Cli run;

    @BeforeAll
    static void extractAllSamples() {
        run = Cli.run("extract", SAMPLES.toString(), "--out", out.toString(), "--jobs", "2");
    }

    @Test
    void everySampleGetsOneJsonAndTheRunSucceeds() throws IOException {
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> samples = names(SAMPLES);
        List<String> outputs = names(out).stream().filter(n -> n.endsWith(".json") && !n.equals("summary.json")).toList();
        assertEquals(samples.stream().map(s -> s + ".json").toList(), outputs);
        assertTrue(run.err().contains(samples.size() + " documents, " + samples.size() + " ok, 0 failed"), run.err());
    }

    @Test
    void everyOutputMeetsTheJsonSchema() throws IOException {
        for (String name : names(SAMPLES)) {
            JsonNode json = ModelJson.mapper().readTree(out.resolve(name + ".json").toFile());
            assertEquals(Set.of(), Schemas.planViolations(json), name);
        }
    }

    @Test
    void eachKindOfInputIsRecognisedFromItsContent() throws IOException {
        Map<String, DocumentKind> expected = Map.of(
            "seed-000-ocr-dump.txt", DocumentKind.PLAIN,
            "seed-003.md", DocumentKind.PLAIN,
            "seed-003.docx", DocumentKind.OFFICE,
            "seed-003-typed.pdf", DocumentKind.TEXT_PDF,
            "seed-003-scan.pdf", DocumentKind.SCANNED_PDF,
            "seed-003-scan-old-ocr.pdf", DocumentKind.SCANNED_PDF,
            "seed-003-page1.png", DocumentKind.IMAGE);
        for (Map.Entry<String, DocumentKind> e : expected.entrySet()) {
            PlanDocument document = read(e.getKey());
            assertEquals(e.getValue(), document.source().kind(), e.getKey());
            assertEquals(sha256(SAMPLES.resolve(e.getKey())), document.source().sha256(), e.getKey());
            assertEquals(e.getKey(), document.source().file());
        }
    }

    @Test
    void theOldEnglishOcrLayerIsJudgedGarbageAndEveryPageOcrdAgain() throws IOException {
        PlanDocument document = read("seed-003-scan-old-ocr.pdf");
        assertEquals(3, document.pages().size());
        for (Page page : document.pages()) {
            assertEquals(Decision.GARBAGE_REOCR, page.textLayer().decision(), "page " + page.number());
            assertTrue(page.textLayer().garbage());
            assertTrue(page.ocr().words() > 100, "page " + page.number() + " words " + page.ocr().words());
        }
        assertEquals(3, document.source().ocr().pages());
    }

    @Test
    void typedPdfPagesKeepTheirTextLayer() throws IOException {
        PlanDocument document = read("seed-003-typed.pdf");
        assertTrue(document.pages().stream().allMatch(p -> p.textLayer().decision() == Decision.TEXT_LAYER_KEPT));
        assertEquals(null, document.source().ocr());
    }

    /** Every line says where it came from; lines of paged sources have boxes inside their page. */
    @Test
    void everyLineCarriesProvenance() throws IOException {
        for (String name : names(SAMPLES)) {
            PlanDocument document = read(name);
            for (Page page : document.pages()) {
                List<Line> lines = page.blocks().stream().flatMap(b -> b.allLines().stream()).toList();
                assertTrue(!lines.isEmpty() || page.blocks().isEmpty(), name);
                for (Line line : lines) {
                    assertAll(name + " p" + page.number() + " " + line.text(),
                        () -> assertEquals(page.number(), line.provenance().page()),
                        () -> assertEquals(page.kind(), line.provenance().kind()),
                        () -> assertTrue(line.provenance().line() >= 1));
                    if (page.width() > 0) {
                        assertTrue(inside(line.provenance().box(), page), name + ": " + line.provenance().box());
                        for (Word word : line.words()) {
                            assertTrue(inside(word.box(), page), name + ": word " + word);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theDocxClosingTableArrivesAsATableOfTwoCells() throws IOException {
        PlanDocument document = read("seed-003.docx");
        List<Table> tables = document.pages().stream().flatMap(p -> p.blocks().stream())
            .filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        assertEquals(1, tables.size());
        assertEquals(1, tables.get(0).rows().size());
        assertEquals(2, tables.get(0).cellCount());
        assertTrue(tables.get(0).rows().get(0).cells().get(1).text().contains("Nguyễn Bá Cẩn"));
    }

    private static boolean inside(Box box, Page page) {
        double slack = 1.0;
        return box.x() >= -slack && box.y() >= -slack
            && box.right() <= page.width() + slack && box.bottom() <= page.height() + slack;
    }

    private static PlanDocument read(String sample) throws IOException {
        return ModelJson.mapper().readValue(out.resolve(sample + ".json").toFile(), PlanDocument.class);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
