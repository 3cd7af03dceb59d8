package vn.kehoach.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.DocumentInfo;
import vn.kehoach.model.Finding;
import vn.kehoach.model.PlanContent;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;
import vn.kehoach.model.SourceInfo;

/**
 * One line of {@code plans.jsonl}: a document as reporting tools want it, its metadata and plan without
 * the page-level detail, where its full JSON and its tables are, and how many findings it has by severity.
 * Schema: {@code src/main/resources/schema/plan-line.schema.json}.
 */
@JsonPropertyOrder({"documentId", "output", "schemaVersion", "source", "document", "plan", "tables", "xlsx", "findings"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanLine(String documentId, String output, String schemaVersion, SourceInfo source, DocumentInfo document,
                       PlanContent plan, List<TableFile> tables, String xlsx, Map<String, Integer> findings) {

    /** A table of the document and its CSV file (relative to the output folder). */
    public record TableFile(String id, String caption, int columns, int rows, String csv) {
    }

    static PlanLine of(String documentId, OutputLayout layout, PlanDocument document) {
        List<TableFile> tables = document.tables().stream().map(t -> tableFile(documentId, layout, t)).toList();
        String xlsx = tables.isEmpty() ? null : layout.relative(layout.xlsx(documentId));
        return new PlanLine(documentId, layout.relative(layout.json(documentId)), document.schemaVersion(),
            document.source(), document.document(), document.plan(), tables, xlsx, severityCounts(document.findings()));
    }

    private static TableFile tableFile(String documentId, OutputLayout layout, DataTable table) {
        return new TableFile(table.id(), table.caption(), table.columns().size(), table.rows().size(),
            layout.relative(layout.tableCsv(documentId, table.id())));
    }

    /** Every severity, zeros included, worst first. */
    private static Map<String, Integer> severityCounts(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        Map<String, Integer> byId = new LinkedHashMap<>();
        counts.forEach((severity, count) -> byId.put(severity.id(), count));
        return byId;
    }
}
