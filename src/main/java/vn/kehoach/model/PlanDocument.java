package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The one document object that flows through the pipeline, in the manner of CoreNLP's annotated
 * document: ingestion creates it, each later stage returns a copy with its own part filled in.
 */
@JsonPropertyOrder({"schemaVersion", "source", "pages", "repairs", "tables", "findings"})
public record PlanDocument(String schemaVersion, SourceInfo source, List<Page> pages, List<Repair> repairs,
                           List<DataTable> tables, List<Finding> findings) {

    /** Version of the JSON shape; bump on any change users' scripts could notice. */
    public static final String SCHEMA_VERSION = "0.1";

    public PlanDocument {
        pages = List.copyOf(pages);
        repairs = List.copyOf(repairs);
        tables = List.copyOf(tables);
        // Documents written before validation existed have no findings.
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A freshly ingested document: pages only. */
    public static PlanDocument ingested(SourceInfo source, List<Page> pages) {
        return new PlanDocument(SCHEMA_VERSION, source, pages, List.of(), List.of(), List.of());
    }

    public PlanDocument withPages(List<Page> newPages) {
        return new PlanDocument(schemaVersion, source, newPages, repairs, tables, findings);
    }

    public PlanDocument withRepairs(List<Repair> newRepairs) {
        return new PlanDocument(schemaVersion, source, pages, newRepairs, tables, findings);
    }

    public PlanDocument withTables(List<DataTable> newTables) {
        return new PlanDocument(schemaVersion, source, pages, repairs, newTables, findings);
    }

    public PlanDocument withFindings(List<Finding> newFindings) {
        return new PlanDocument(schemaVersion, source, pages, repairs, tables, newFindings);
    }
}
