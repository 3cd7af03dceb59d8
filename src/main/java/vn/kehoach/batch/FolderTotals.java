package vn.kehoach.batch;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an output folder holds, over every document of its manifest whose outputs exist: documents,
 * converted and failed, pages and OCR'd pages, failures by cause, findings by severity and by rule.
 */
public record FolderTotals(int documents, int converted, int failed, long pages, long ocrPages,
                           Map<String, Integer> failuresByCause, Map<String, Integer> findingsBySeverity,
                           Map<String, Map<String, Integer>> findingsByRule) {

    /** Counts while the reports are rebuilt. */
    static final class Counter {
        private int converted;
        private int failed;
        private long pages;
        private long ocrPages;
        private final Map<String, Integer> failuresByCause = new TreeMap<>();
        private final Map<String, Integer> findingsBySeverity = new TreeMap<>();
        private final Map<String, Map<String, Integer>> findingsByRule = new TreeMap<>();

        void add(ManifestEntry entry) {
            if (entry.ok()) {
                converted++;
                pages += entry.pages();
                ocrPages += entry.ocrPages();
            } else {
                failed++;
                failuresByCause.merge(entry.error().cause(), 1, Integer::sum);
            }
        }

        void addFinding(String ruleId, String severity) {
            findingsBySeverity.merge(severity, 1, Integer::sum);
            findingsByRule.computeIfAbsent(ruleId, r -> new TreeMap<>()).merge(severity, 1, Integer::sum);
        }

        FolderTotals totals() {
            Map<String, Map<String, Integer>> byRule = new TreeMap<>();
            findingsByRule.forEach((rule, counts) -> byRule.put(rule, sorted(counts)));
            return new FolderTotals(converted + failed, converted, failed, pages, ocrPages, sorted(failuresByCause),
                sorted(findingsBySeverity), Collections.unmodifiableMap(byRule));
        }

        /** Keys in order in summary.json, whatever the map. */
        private static <V> Map<String, V> sorted(Map<String, V> map) {
            return Collections.unmodifiableMap(new TreeMap<>(map));
        }
    }
}
