package vn.kehoach.pipeline;

/** A part of {@link vn.kehoach.model.PlanDocument} that a stage needs or fills in. */
public enum Facet {
    /** Pages, blocks, lines and words as ingested. */
    PAGES,
    /** Line text repaired and normalized, with the repairs recorded. */
    NORMALIZED_TEXT,
    /** Tables typed into columns, rows and cells ({@code tables}). */
    TABLES,
    /** Consistency findings of the validation rules ({@code findings}). */
    FINDINGS
}
