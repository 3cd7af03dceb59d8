package vn.kehoach.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Outputs of {@code extract} scored against gold files, field by field, strict and normalized. An output
 * that is missing scores as a document where nothing was found.
 */
public record Evaluation(List<Scored> documents) {

    /** One sample file's scores; {@code outputMissing} when no JSON was written for it. */
    public record Scored(String file, boolean outputMissing, Map<Matching, Map<String, FieldScore>> scores) {
    }

    /** Scores every {@code *.gold.json} in {@code goldDir} against {@code outDir/<file>.json}. */
    public static Evaluation run(Path goldDir, Path outDir) throws IOException {
        List<Path> goldFiles;
        try (Stream<Path> listing = Files.list(goldDir)) {
            goldFiles = listing.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        if (goldFiles.isEmpty()) {
            throw new IOException("no *.gold.json in " + goldDir);
        }
        List<Scored> documents = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path goldFile : goldFiles) {
            GoldDocument gold = GoldDocument.read(goldFile);
            for (String file : gold.files()) {
                Path output = outDir.resolve(file + ".json");
                boolean missing = !Files.isRegularFile(output);
                Map<String, List<String>> found = missing ? Map.of() : OutputFields.of(json.readTree(output.toFile()));
                documents.add(score(file, missing, gold.fields(), found));
            }
        }
        return new Evaluation(documents);
    }

    static Scored score(String file, boolean missing, Map<String, List<String>> gold, Map<String, List<String>> found) {
        Map<Matching, Map<String, FieldScore>> scores = new EnumMap<>(Matching.class);
        for (Matching matching : Matching.values()) {
            scores.put(matching, Scorer.score(gold, found, matching));
        }
        return new Scored(file, missing, scores);
    }

    /** Each field's counts summed over the documents, in report order. */
    public Map<String, FieldScore> totals(Matching matching) {
        Map<String, FieldScore> totals = new LinkedHashMap<>();
        OutputFields.FIELDS.forEach(f -> totals.put(f, FieldScore.ZERO));
        documents.forEach(d -> d.scores().get(matching).forEach((field, score) -> totals.merge(field, score, FieldScore::plus)));
        return totals;
    }

    /** All fields' counts summed: the micro average. */
    public FieldScore micro(Matching matching) {
        return totals(matching).values().stream().reduce(FieldScore.ZERO, FieldScore::plus);
    }

    /** The mean F1 over fields that have gold values: the macro average. */
    public double macroF1(Matching matching) {
        return totals(matching).values().stream().filter(s -> s.support() > 0).mapToDouble(FieldScore::f1).average().orElse(1);
    }
}
