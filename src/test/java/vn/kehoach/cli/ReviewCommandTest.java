package vn.kehoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;

/**
 * {@code kehoach review} over an extract output folder: which files count as plans, where the site goes,
 * and the exit codes. The rendered site itself is checked in a browser by ReviewSiteBrowserTest.
 */
class ReviewCommandTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void extract() throws Exception {
        Cli run = Cli.run("extract", "samples/seed-000-ocr-dump.txt", "--out", out.toString(), "--jobs", "1");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        // What else lands in an output folder: an error report, a batch summary, a JSON-lines file.
        Files.writeString(out.resolve("broken.pdf.error.json"), "{\"schemaVersion\":\"0.2\",\"file\":\"broken.pdf\","
            + "\"cause\":\"truncated\",\"message\":\"end of file\"}");
        Files.writeString(out.resolve("summary.json"), "{\"documents\": 2, \"failed\": 1}");
        Files.writeString(out.resolve("plans.jsonl"), "{}\n");
    }

    @Test
    void writesTheSiteIntoOutReviewFromThePlansOnly() throws Exception {
        Cli run = Cli.run("review", out.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        int findings = ModelJson.mapper().readValue(out.resolve("seed-000-ocr-dump.txt.json").toFile(), PlanDocument.class).findings().size();
        assertTrue(findings > 0);
        assertTrue(run.err().contains("1 document, " + findings + " findings, 0 crops"), run.err());
        Path site = out.resolve("review");
        try (Stream<Path> files = Files.list(site)) {
            assertEquals(List.of("d001-seed-000-ocr-dump.txt.html", "index.html", "review.js", "style.css"),
                files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        String index = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("1 document, " + findings + " findings"), "summary line");
        assertTrue(index.contains("<option>KH-T001</option>"), "rule filter offers the rules found");
    }

    @Test
    void htmlOptionChoosesTheFolder(@TempDir Path elsewhere) {
        Cli run = Cli.run("review", out.toString(), "--html", elsewhere.resolve("site").toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(elsewhere.resolve("site/index.html")));
    }

    @Test
    void pagesAndCropsOfAnEarlierRunThatNoLongerApplyAreRemoved(@TempDir Path elsewhere) throws Exception {
        Path site = elsewhere.resolve("site");
        Files.createDirectories(site.resolve("crops"));
        Files.writeString(site.resolve("d009-gone.pdf.html"), "old");
        Files.writeString(site.resolve("crops/d009-f1.png"), "old");
        Path notes = Files.writeString(site.resolve("notes.html"), "the user's own file");

        Cli run = Cli.run("review", out.toString(), "--html", site.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(Files.notExists(site.resolve("d009-gone.pdf.html")), "stale page removed");
        assertTrue(Files.notExists(site.resolve("crops/d009-f1.png")), "stale crop removed");
        assertTrue(Files.isRegularFile(site.resolve("d001-seed-000-ocr-dump.txt.html")));
        assertTrue(Files.isRegularFile(notes), "files the site did not name are left alone");
    }

    @Test
    void anUnreadablePlanIsNamedAndTheRestReviewed(@TempDir Path mixed) throws Exception {
        Files.copy(out.resolve("seed-000-ocr-dump.txt.json"), mixed.resolve("seed-000-ocr-dump.txt.json"));
        Files.writeString(mixed.resolve("cut.pdf.json"), "{\"schemaVersion\": \"0.2\", \"source\": {\"file\": ");

        Cli run = Cli.run("review", mixed.toString());

        assertEquals(ExitCodes.SOME_FAILED, run.exitCode());
        assertTrue(run.err().contains("cut.pdf.json: not readable as plan JSON"), run.err());
        assertTrue(Files.isRegularFile(mixed.resolve("review/d001-seed-000-ocr-dump.txt.html")));
    }

    @Test
    void usageErrors(@TempDir Path empty) {
        Cli missing = Cli.run("review", empty.resolve("nothing").toString());
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("not a folder"), missing.err());

        Cli none = Cli.run("review", empty.toString());
        assertEquals(ExitCodes.USAGE, none.exitCode());
        assertTrue(none.err().contains("no plan JSON files found"), none.err());

        Cli threshold = Cli.run("review", out.toString(), "--repair-threshold", "2");
        assertEquals(ExitCodes.USAGE, threshold.exitCode());
    }
}
