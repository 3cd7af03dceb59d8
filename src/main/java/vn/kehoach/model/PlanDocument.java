package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The one document object that flows through the pipeline, in the manner of CoreNLP's annotated
 * document: ingestion creates it, each later stage returns a copy with its own part filled in.
 * {@code document}, {@code sections} and {@code plan} are null until extraction has run; {@code tables}
 * and {@code findings} are empty until their stages have run.
 */
@JsonPropertyOrder({"schemaVersion", "source", "document", "sections", "plan", "tables", "findings", "repairs", "pages"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanDocument(String schemaVersion, SourceInfo source, List<Page> pages, List<Repair> repairs,
                           DocumentInfo document, List<Section> sections, PlanContent plan, List<DataTable> tables,
                           List<Finding> findings) {

    /** Version of the JSON shape; bump on any change users' scripts could notice. */
    public static final String SCHEMA_VERSION = "0.3";

    public PlanDocument {
        pages = List.copyOf(pages);
        repairs = List.copyOf(repairs);
        sections = sections == null ? null : List.copyOf(sections);
        tables = List.copyOf(tables);
        // Documents written before validation existed have no findings.
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A freshly ingested document: pages only. */
    public static PlanDocument ingested(SourceInfo source, List<Page> pages) {
        return new PlanDocument(SCHEMA_VERSION, source, pages, List.of(), null, null, null, List.of(), List.of());
    }

    public PlanDocument withPages(List<Page> newPages) {
        return new PlanDocument(schemaVersion, source, newPages, repairs, document, sections, plan, tables, findings);
    }

    public PlanDocument withRepairs(List<Repair> newRepairs) {
        return new PlanDocument(schemaVersion, source, pages, newRepairs, document, sections, plan, tables, findings);
    }

    public PlanDocument withDocument(DocumentInfo newDocument) {
        return new PlanDocument(schemaVersion, source, pages, repairs, newDocument, sections, plan, tables, findings);
    }

    public PlanDocument withSections(List<Section> newSections) {
        return new PlanDocument(schemaVersion, source, pages, repairs, document, newSections, plan, tables, findings);
    }

    public PlanDocument withPlan(PlanContent newPlan) {
        return new PlanDocument(schemaVersion, source, pages, repairs, document, sections, newPlan, tables, findings);
    }

    public PlanDocument withTables(List<DataTable> newTables) {
        return new PlanDocument(schemaVersion, source, pages, repairs, document, sections, plan, newTables, findings);
    }

    public PlanDocument withFindings(List<Finding> newFindings) {
        return new PlanDocument(schemaVersion, source, pages, repairs, document, sections, plan, tables, newFindings);
    }
}
