package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.kehoach.evaluate.Evaluation;
import vn.kehoach.evaluate.FieldScore;
import vn.kehoach.evaluate.Matching;
import vn.kehoach.model.ModelJson;

/**
 * The evaluation against the gold files as a ratchet (in the manner of tabula-java's known failures):
 * every sample's F1 per field, strict and normalized, is stored in {@link #FILE}; a figure may rise but
 * never fall. Run with {@code -Dkehoach.ratchet.update=true} to store figures that rose.
 */
final class EvaluationRatchet {

    static final Path FILE = Path.of("src/test/resources/gold/evaluation-ratchet.tsv");
    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final double SLACK = 0.00005;

    private EvaluationRatchet() {
    }

    /** Extracts the samples, scores them, and checks (or with the update flag, stores) their figures. */
    static void check(List<String> samples, Path out) throws IOException {
        for (String sample : samples) {
            ModelJson.mapper().writeValue(out.resolve(sample + ".json").toFile(), Extraction.cached(sample));
        }
        Evaluation evaluation = Evaluation.run(GOLD, out);
        Map<String, String> stored = read();
        Map<String, String> current = new TreeMap<>();
        List<String> fallen = new ArrayList<>();
        for (Evaluation.Scored document : evaluation.documents()) {
            if (!samples.contains(document.file())) {
                continue;
            }
            Map<String, FieldScore> strict = document.scores().get(Matching.STRICT);
            Map<String, FieldScore> normalized = document.scores().get(Matching.NORMALIZED);
            for (String field : strict.keySet()) {
                String key = document.file() + "\t" + field;
                String figures = format(strict.get(field).f1()) + "\t" + format(normalized.get(field).f1());
                current.put(key, figures);
                String before = stored.get(key);
                if (before == null) {
                    fallen.add(key + ": not in the ratchet (now " + figures + ")");
                } else if (below(figures, before)) {
                    fallen.add(key + ": F1 strict/normalized " + figures.replace('\t', '/') + " < stored " + before.replace('\t', '/'));
                }
            }
        }
        if (Boolean.getBoolean("kehoach.ratchet.update")) {
            current.forEach((key, figures) -> stored.merge(key, figures, (old, now) -> below(now, old) ? old : now));
            write(stored);
            return;
        }
        assertEquals(List.of(), fallen, "figures below the ratchet " + FILE);
    }

    private static boolean below(String figures, String stored) {
        String[] now = figures.split("\t");
        String[] before = stored.split("\t");
        for (int i = 0; i < now.length; i++) {
            if (Double.parseDouble(now[i]) < Double.parseDouble(before[i]) - SLACK) {
                return true;
            }
        }
        return false;
    }

    private static String format(double f1) {
        return String.format(Locale.ROOT, "%.4f", f1);
    }

    private static Map<String, String> read() throws IOException {
        Map<String, String> stored = new TreeMap<>();
        if (Files.exists(FILE)) {
            for (String line : Files.readAllLines(FILE)) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] parts = line.split("\t");
                    stored.put(parts[0] + "\t" + parts[1], parts[2] + "\t" + parts[3]);
                }
            }
        }
        return stored;
    }

    private static void write(Map<String, String> figures) throws IOException {
        String body = figures.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n"));
        Files.writeString(FILE, "# file\tfield\tF1 strict\tF1 normalized (a floor: may rise, never fall)\n" + body + "\n");
    }
}
