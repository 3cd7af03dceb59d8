package vn.kehoach.batch;

import vn.kehoach.model.Finding;

/**
 * One line of {@code findings.jsonl}: a finding and the document it belongs to (the {@code documentId}
 * of plans.jsonl). Schema: {@code src/main/resources/schema/finding-line.schema.json}.
 */
public record FindingLine(String documentId, Finding finding) {
}
