package vn.kehoach.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Finding;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;

/**
 * Writes everything one document contributes to the output folder, each file atomically, and removes
 * what a previous run left that no longer describes the input (a stale error, tables it lost). The
 * manifest entry it returns is to be recorded only after: it vouches for outputs already in place.
 */
final class DocumentOutputs {

    private final OutputLayout layout;

    DocumentOutputs(OutputLayout layout) {
        this.layout = layout;
    }

    ManifestEntry converted(String documentId, String sha256, String pipelineVersion, PlanDocument document, long millis)
            throws IOException {
        Path json = layout.json(documentId);
        AtomicFiles.write(json, out -> ModelJson.mapper().writeValue(out, document));
        Files.deleteIfExists(layout.errorJson(documentId));
        removeTables(documentId);
        for (DataTable table : document.tables()) {
            AtomicFiles.write(layout.tableCsv(documentId, table.id()), out -> TableCsv.write(table, out));
        }
        if (!document.tables().isEmpty()) {
            AtomicFiles.write(layout.xlsx(documentId), out -> TableXlsx.write(document.tables(), out));
        }
        PlanLine plan = PlanLine.of(documentId, layout, document);
        AtomicFiles.write(layout.reportLines(documentId), out -> {
            out.write(JsonLines.line(plan));
            for (Finding finding : document.findings()) {
                out.write(JsonLines.line(new FindingLine(documentId, finding)));
            }
        });
        int ocrPages = document.source().ocr() == null ? 0 : document.source().ocr().pages();
        return new ManifestEntry(documentId, sha256, pipelineVersion, layout.relative(json), document.pages().size(),
            ocrPages, millis, null);
    }

    ManifestEntry failed(String documentId, String sha256, String pipelineVersion, ErrorReport error, long millis)
            throws IOException {
        Path errorJson = layout.errorJson(documentId);
        AtomicFiles.write(errorJson, out -> ModelJson.mapper().writeValue(out, error));
        Files.deleteIfExists(layout.json(documentId)); // a stale result would no longer describe this input
        removeTables(documentId);
        Files.deleteIfExists(layout.reportLines(documentId));
        return new ManifestEntry(documentId, sha256, pipelineVersion, layout.relative(errorJson), 0, 0, millis, error);
    }

    /** Whether an entry's outputs are all still there (a user may have deleted one to have it redone). */
    boolean present(ManifestEntry entry) {
        Path output = layout.root().resolve(entry.output());
        return Files.isRegularFile(output) && (!entry.ok() || Files.isRegularFile(layout.reportLines(entry.documentId())));
    }

    private void removeTables(String documentId) throws IOException {
        Files.deleteIfExists(layout.xlsx(documentId));
        Path folder = layout.tablesFolder(documentId);
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.sorted(Comparator.reverseOrder()).toList(); // children before their folder
        }
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }
}
