package vn.kehoach.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;

/**
 * The plan JSON files of an extract output folder. Error reports ({@code *.error.json}) and other JSON
 * written beside the plans (a batch summary, a manifest) are not plans and are passed over; a file
 * that looks like a plan but cannot be read is reported as a problem.
 */
final class PlanFiles {

    /** What reading the folder gave: the plans in name order and one message per unreadable plan file. */
    record Listing(List<PlanFile> plans, List<String> problems) {
    }

    private PlanFiles() {
    }

    static Listing read(Path outDir, Path skipDir) throws IOException {
        List<Path> candidates;
        try (Stream<Path> files = Files.walk(outDir)) {
            candidates = files.filter(Files::isRegularFile)
                .filter(f -> skipDir == null || !f.toAbsolutePath().normalize().startsWith(skipDir.toAbsolutePath().normalize()))
                .filter(f -> isCandidate(outDir.relativize(f)))
                .sorted()
                .toList();
        }
        List<PlanFile> plans = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : candidates) {
            String name = outDir.relativize(file).toString().replace('\\', '/');
            try {
                JsonNode tree = ModelJson.mapper().readTree(file.toFile());
                if (isPlan(tree)) {
                    plans.add(new PlanFile(name, ModelJson.mapper().treeToValue(tree, PlanDocument.class)));
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.add(file + ": not readable as plan JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return new Listing(plans, problems);
    }

    private static boolean isCandidate(Path relative) {
        String name = relative.getFileName().toString();
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false; // hidden files and the temporary files of writers in progress
            }
        }
        return name.endsWith(".json") && !name.endsWith(".error.json");
    }

    /** A plan has the top-level parts every extract output carries; a summary or manifest has not. */
    private static boolean isPlan(JsonNode tree) {
        return tree.isObject() && tree.has("schemaVersion") && tree.has("source") && tree.has("pages");
    }
}
