package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.extract.TableExtractor;
import vn.kehoach.ingest.Ingestion;
import vn.kehoach.ingest.PlainTextIngester;
import vn.kehoach.model.Finding;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.normalize.NormalizeStage;

/** Generated annexes whose figures all agree go through extraction and every rule without a finding. */
class ConsistentFixturesTest {

    @TempDir
    Path dir;

    @Test
    void consistentTablesGiveNoFinding() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            PlanDocument document = validated(ConsistentPlanTables.markdown(seed, 3 + (int) (seed % 8)));
            assertEquals(1, document.tables().size());
            assertEquals(12, document.tables().get(0).columns().size());
            long s = seed;
            assertEquals(List.of(), document.findings(), () -> "seed " + s + ":\n" + ConsistentPlanTables.markdown(s, 3 + (int) (s % 8)));
        }
    }

    @Test
    void theSameTableWithOneFigureChangedIsNoLongerClean() throws Exception {
        String clean = ConsistentPlanTables.markdown(7, 6);
        String lastRow = clean.lines().filter(l -> l.contains("Tổng cộng")).findFirst().orElseThrow();
        String[] cells = lastRow.split("\\|");
        cells[3] = " 1" + cells[3].strip() + " ";
        List<Finding> findings = validated(clean.replace(lastRow, String.join("|", cells))).findings();
        assertFalse(findings.isEmpty());
        assertEquals("KH-T001", findings.get(0).ruleId());
    }

    private PlanDocument validated(String markdown) throws IOException, Exception {
        Path file = Files.writeString(dir.resolve("annex.md"), markdown);
        PlanDocument ingested = new Ingestion(List.of(new PlainTextIngester())).read(file, "annex.md");
        return new ValidateStage().apply(new TableExtractor().apply(new NormalizeStage().apply(ingested)));
    }
}
