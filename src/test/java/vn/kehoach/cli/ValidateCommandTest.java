package vn.kehoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.Finding;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;

/** {@code kehoach validate} over the JSON that {@code extract} writes for the OCR dump of seed 000. */
class ValidateCommandTest {

    @TempDir
    static Path out;
    private static Path json;

    @BeforeAll
    static void extract() {
        Cli run = Cli.run("extract", "samples/seed-000-ocr-dump.txt", "--out", out.toString(), "--jobs", "1");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        json = out.resolve("seed-000-ocr-dump.txt.json");
    }

    @Test
    void extractOutputCarriesFindingsThatReadBackAsWritten() throws IOException {
        PlanDocument document = ModelJson.mapper().readValue(json.toFile(), PlanDocument.class);
        List<Finding> findings = document.findings();
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("KH-T001") && "t1".equals(f.location().table())));
        assertEquals(ModelJson.mapper().writeValueAsString(document), Files.readString(json).strip(),
            "the document deserializes to what was written");
    }

    @Test
    void findingsAtOrAboveTheThresholdFailTheRun() {
        Cli run = Cli.run("validate", json.toString(), "--fail-on", "error", "--lang", "en");
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        assertTrue(run.out().contains(json + ": KH-T001 error source-inconsistency page 1 line 68-84 section I > 2 > 2.1 > 2.1.2 "
            + "t1 row 10 column 6: Table t1, column \"Chỉ tiêu phát"), run.out());
        assertTrue(run.out().contains(" 2023\": the rows sum to 8105 but the total row prints 8099 (off by 6)."), run.out());
        assertTrue(run.out().contains(json + ": KH-S001 warning source-inconsistency page 1 line 126-139 section I > 2 > 2.2: "
            + "Page 1, line 126: section number \"2.2.\" is used twice"), run.out());
        assertTrue(run.err().startsWith("1 file: 2 error, "), run.err());
    }

    @Test
    void withoutAThresholdFindingsArePrintedAndTheRunSucceeds() {
        Cli run = Cli.run("validate", json.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("dòng tổng ghi 8.099 (chênh 6)"), run.out());
    }

    @Test
    void aFileThatIsNotPlanJsonIsReported(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"pages\": 3}");
        Cli run = Cli.run("validate", bad.toString(), "--fail-on", "warning");
        assertEquals(ExitCodes.SOME_FAILED, run.exitCode());
        assertTrue(run.err().contains("not plan JSON"), run.err());
    }

    @Test
    void anUnknownSeverityIsAUsageError() {
        assertEquals(ExitCodes.USAGE, Cli.run("validate", json.toString(), "--fail-on", "fatal").exitCode());
    }
}
