package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Finding;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.normalize.NormalizeStage;
import vn.kehoach.pipeline.Facet;
import vn.kehoach.pipeline.Pipeline;

class ValidateStageTest {

    @Test
    void needsExtractionAndTablesAndProvidesFindings() {
        ValidateStage stage = new ValidateStage();
        assertEquals(Set.of(Facet.METADATA, Facet.SECTIONS, Facet.PLAN, Facet.TABLES), stage.requires());
        assertEquals(Set.of(Facet.FINDINGS), stage.provides());
        assertThrows(IllegalStateException.class,
            () -> Pipeline.from((file, name) -> null).then(new NormalizeStage()).then(stage),
            "refused before extraction");
    }

    @Test
    void findingsOfEveryRuleInCatalogueOrderReplaceEarlierOnes() {
        PlanDocument document = TableFixture.headers("Đơn vị", "Tỷ lệ %", "Số hộ")
            .row("A", "120", "5").row("B", "90", "7").row("Tổng cộng", "95", "13").document("t1");
        List<Finding> findings = new ValidateStage().apply(document).findings();
        assertEquals(List.of("KH-T001", "KH-T003"), findings.stream().map(Finding::ruleId).toList());
        PlanDocument again = new ValidateStage(List.of(new PercentShareRule())).apply(document.withFindings(findings));
        assertEquals(List.of("KH-T003"), again.findings().stream().map(Finding::ruleId).toList());
    }
}
