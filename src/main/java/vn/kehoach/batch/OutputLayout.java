package vn.kehoach.batch;

import java.nio.file.Path;

/**
 * Where a batch writes in its output folder: per document {@code <id>.json} or {@code <id>.error.json},
 * {@code tables/<id>/<table>.csv} and {@code tables/<id>.xlsx}; for the whole folder the manifest, the
 * JSONL files for reporting tools and the summary. A document's id is its input's relative name.
 */
public record OutputLayout(Path root) {

    public Path json(String documentId) {
        return root.resolve(documentId + ".json");
    }

    public Path errorJson(String documentId) {
        return root.resolve(documentId + ".error.json");
    }

    public Path tablesFolder(String documentId) {
        return root.resolve("tables").resolve(documentId);
    }

    public Path tableCsv(String documentId, String tableId) {
        return tablesFolder(documentId).resolve(tableId + ".csv");
    }

    public Path xlsx(String documentId) {
        return root.resolve("tables").resolve(documentId + ".xlsx");
    }

    /** The document's lines for plans.jsonl and findings.jsonl, kept so that those files can be rebuilt cheaply. */
    public Path reportLines(String documentId) {
        return internal().resolve("lines").resolve(documentId + ".jsonl");
    }

    public Path manifest() {
        return root.resolve("manifest.jsonl");
    }

    public Path plansJsonl() {
        return root.resolve("plans.jsonl");
    }

    public Path findingsJsonl() {
        return root.resolve("findings.jsonl");
    }

    public Path errorsJsonl() {
        return root.resolve("errors.jsonl");
    }

    public Path summary() {
        return root.resolve("summary.json");
    }

    /** Held while a run writes here, so that two runs cannot interleave their outputs. */
    public Path lock() {
        return internal().resolve("lock");
    }

    /** Bookkeeping users need not look at; hidden, so that a folder of outputs reads as one. */
    private Path internal() {
        return root.resolve(".kehoach");
    }

    /** A path relative to the root, with forward slashes, as recorded in the manifest and JSONL lines. */
    public String relative(Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
