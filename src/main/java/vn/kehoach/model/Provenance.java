package vn.kehoach.model;

/**
 * Where a line was found: source kind, 1-based page, 1-based line number within the page in reading
 * order, its box (null for sources without geometry: office files and plain text) and the recognition
 * confidence in [0, 1] (1 for text that was not recognised from pixels).
 */
public record Provenance(SourceKind kind, int page, int line, Box box, double confidence) {

    public Provenance {
        if (page < 1 || line < 1) {
            throw new IllegalArgumentException("page and line are 1-based: " + page + ", " + line);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }
}
