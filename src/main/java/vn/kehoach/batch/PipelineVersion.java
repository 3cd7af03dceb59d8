package vn.kehoach.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.kehoach.ingest.FileHashes;
import vn.kehoach.model.PlanDocument;

/**
 * Names everything that decides a document's output besides its bytes: kehoach's version (from the jar;
 * "dev" when run from classes), the JSON schema version, the model files (by content hash) and the
 * options that change results. A manifest entry made under another version is redone.
 */
public final class PipelineVersion {

    private PipelineVersion() {
    }

    /** @param outputOptions options that change the output, e.g. "keep-text-layer" (none: empty) */
    public static String of(Path modelsDir, List<String> outputOptions) {
        String code = PipelineVersion.class.getPackage().getImplementationVersion();
        StringBuilder version = new StringBuilder("kehoach ").append(code == null ? "dev" : code)
            .append("; schema ").append(PlanDocument.SCHEMA_VERSION)
            .append("; models ").append(models(modelsDir));
        outputOptions.forEach(option -> version.append("; ").append(option));
        return version.toString();
    }

    /** "name@hash" of each model file (12 hex digits of its SHA-256, 1.7 MB hashed in milliseconds), by name. */
    private static String models(Path modelsDir) {
        if (!Files.isDirectory(modelsDir)) {
            return "none";
        }
        try (Stream<Path> files = Files.list(modelsDir)) {
            List<Path> models = files.filter(Files::isRegularFile)
                .filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
            return models.stream().map(PipelineVersion::named).collect(Collectors.joining(" "));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the models in " + modelsDir, e);
        }
    }

    private static String named(Path model) {
        try {
            return model.getFileName() + "@" + FileHashes.sha256(model).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + model, e);
        }
    }
}
