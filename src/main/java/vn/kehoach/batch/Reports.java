package vn.kehoach.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds {@code plans.jsonl}, {@code findings.jsonl} and {@code errors.jsonl} from the manifest and the
 * lines each document left, each file written whole and renamed into place. Rebuilding rather than
 * appending is what makes an interrupted and resumed batch hold every document exactly once.
 */
final class Reports {

    private final OutputLayout layout;
    private final DocumentOutputs outputs;

    Reports(OutputLayout layout, DocumentOutputs outputs) {
        this.layout = layout;
        this.outputs = outputs;
    }

    FolderTotals rebuild(List<ManifestEntry> manifest) throws IOException {
        List<ManifestEntry> entries = manifest.stream().filter(outputs::present)
            .sorted(Comparator.comparing(ManifestEntry::documentId)).toList();
        List<ManifestEntry> converted = entries.stream().filter(ManifestEntry::ok).toList();
        FolderTotals.Counter counter = new FolderTotals.Counter();
        entries.forEach(counter::add);
        AtomicFiles.write(layout.plansJsonl(), out -> {
            for (ManifestEntry entry : converted) {
                try (BufferedReader lines = reader(entry)) {
                    out.write((lines.readLine() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        });
        AtomicFiles.write(layout.findingsJsonl(), out -> {
            for (ManifestEntry entry : converted) {
                try (BufferedReader lines = reader(entry)) {
                    lines.readLine(); // the plan line
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        FindingLine finding = JsonLines.read(line, FindingLine.class);
                        counter.addFinding(finding.finding().ruleId(), finding.finding().severity().id());
                        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        });
        AtomicFiles.write(layout.errorsJsonl(), out -> {
            for (ManifestEntry entry : entries) {
                if (!entry.ok()) {
                    out.write(JsonLines.line(entry.error()));
                }
            }
        });
        return counter.totals();
    }

    private BufferedReader reader(ManifestEntry entry) throws IOException {
        return Files.newBufferedReader(layout.reportLines(entry.documentId()), StandardCharsets.UTF_8);
    }
}
