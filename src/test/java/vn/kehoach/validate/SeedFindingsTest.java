package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kehoach.extract.TableExtractor;
import vn.kehoach.ingest.Ingestion;
import vn.kehoach.ingest.PlainTextIngester;
import vn.kehoach.model.Finding;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.normalize.NormalizeStage;
import vn.kehoach.testing.Schemas;

/**
 * The rules over the OCR dump of seed 000, whose annex tables hold both consistent and inconsistent figures.
 * Read without the language-model repair: these tests pin the rules on the figures and words as printed.
 */
class SeedFindingsTest {

    /** Columns of the health-insurance table t1 (0-based): target cards and new cards. */
    private static final int TARGET_CARDS = 6;
    private static final int NEW_CARDS = 8;

    private static List<Finding> findings;

    @BeforeAll
    static void validate() throws Exception {
        Path file = Path.of("samples", "seed-000-ocr-dump.txt");
        PlanDocument ingested = new Ingestion(List.of(new PlainTextIngester())).read(file, file.getFileName().toString());
        findings = new ValidateStage().apply(new TableExtractor().apply(new NormalizeStage().apply(ingested))).findings();
    }

    @Test
    void targetCardsDoNotAddUpToTheirPrintedTotal() {
        Finding f = onT1("KH-T001", 10, TARGET_CARDS).get(0);
        assertEquals(0, new BigDecimal("8105").compareTo(f.evidence().expected()));
        assertEquals(0, new BigDecimal("8099").compareTo(f.evidence().actual()));
        assertEquals(11, f.evidence().values().size(), "ten quarters and the total");
        assertEquals(84, f.location().lineTo());
    }

    @Test
    void newCardsAddUpTo422() {
        assertEquals(List.of(), findings.stream().filter(f -> Objects.equals(f.location().column(), NEW_CARDS)
            && "t1".equals(f.location().table())).toList());
    }

    @Test
    void population841At95PercentGives799() {
        assertTrue(onT1(null, 1, null).isEmpty(), () -> "row 2 (841 × 95% = 799) holds: " + onT1(null, 1, null));
    }

    @Test
    void rowsOffTheirNinetyFivePercentTargetAreWarned() {
        List<Finding> rate = findings.stream().filter(f -> f.ruleId().equals("KH-T002")).toList();
        assertEquals(List.of(0, 2, 5), rate.stream().map(f -> f.location().row()).toList(), "850 → 806, 1265 → 1203, 721 → 690");
        assertTrue(rate.stream().allMatch(f -> "t1".equals(f.location().table()) && f.location().column() == TARGET_CARDS));
        assertTrue(rate.get(2).messageEn().matches("Table t1, row \"KP Cao Mặt\": 721 × 95% = 684.95 but column \"Chỉ tiêu phát [^\"]* "
            + "2023\" prints 690."), rate.get(2).messageEn());
    }

    @Test
    void sentencesPromisingMoreThanAllPoorHouseholdsAreWarned() {
        List<Finding> sentences = findings.stream().filter(f -> f.ruleId().equals("KH-T004")).toList();
        assertEquals(List.of(135, 137), sentences.stream().map(f -> f.location().lineFrom()).toList());
    }

    @Test
    void findingsMatchTheirSchema() {
        assertTrue(findings.stream().anyMatch(f -> f.suggestion() != null), "the schema sees a suggestion too");
        for (Finding f : findings) {
            Set<ValidationMessage> errors = Schemas.findingViolations(ModelJson.mapper().valueToTree(f));
            assertTrue(errors.isEmpty(), () -> f.messageEn() + ": " + errors);
        }
    }

    private static List<Finding> onT1(String rule, Integer row, Integer column) {
        return findings.stream().filter(f -> "t1".equals(f.location().table()))
            .filter(f -> rule == null || f.ruleId().equals(rule))
            .filter(f -> row == null || row.equals(f.location().row()))
            .filter(f -> column == null || column.equals(f.location().column())).toList();
    }
}
