package vn.kehoach.pipeline;

/** A part of {@link vn.kehoach.model.PlanDocument} that a stage needs or fills in. */
public enum Facet {
    /** Pages, blocks, lines and words as ingested. */
    PAGES,
    /** Line text repaired and normalized, with the repairs recorded. */
    NORMALIZED_TEXT,
    /** Decree 30 form: issuer, number and symbol, place and date, summary, legal bases, signer, recipients. */
    METADATA,
    /** The numbered section tree with each section's role. */
    SECTIONS,
    /** Objectives, targets, tasks, solutions, funding and responsibilities. */
    PLAN,
    /** Tables typed into columns, rows and cells ({@code tables}). */
    TABLES,
    /** Consistency findings of the validation rules ({@code findings}). */
    FINDINGS
}
