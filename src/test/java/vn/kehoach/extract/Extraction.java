package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.kehoach.cli.Pipelines;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.normalize.NormalizeStage;
import vn.kehoach.normalize.ToneStyle;
import vn.kehoach.pipeline.Pipeline;
import vn.kehoach.testing.Schemas;

/** The ingest-normalize-extract pipeline over real files, and the JSON Schema every output must meet. */
final class Extraction {

    /** The command line's ingesters and stages (PDF and OCR included), without validation. */
    private static final Pipelines STANDARD = Pipelines.standard(false);
    static final Pipeline PIPELINE = STANDARD.extraction(new NormalizeStage());
    /** Without the language-model repair: extraction must also stand raw OCR noise. */
    static final Pipeline UNREPAIRED = STANDARD.extraction(NormalizeStage.withoutRestoration(ToneStyle.MODERN));


    private Extraction() {
    }

    private static final Map<String, PlanDocument> SAMPLES = new ConcurrentHashMap<>();

    /** Runs the pipeline on a file under samples/ and checks the JSON against the schema. */
    static PlanDocument sample(String name) throws Exception {
        return sample(PIPELINE, name);
    }

    /** {@link #sample(String)}, run once per test JVM: documents are immutable, and OCR takes seconds a page. */
    static PlanDocument cached(String name) {
        return SAMPLES.computeIfAbsent(name, n -> {
            try {
                return sample(n);
            } catch (Exception e) {
                throw new IllegalStateException(n, e);
            }
        });
    }

    /** Runs the given pipeline on a file under samples/ and checks the JSON against the schema. */
    static PlanDocument sample(Pipeline pipeline, String name) throws Exception {
        return sample(pipeline, Path.of("samples", name));
    }

    /** Runs the given pipeline on a file and checks the JSON against the schema. */
    static PlanDocument sample(Pipeline pipeline, Path file) throws Exception {
        PlanDocument document = pipeline.run(file, file.getFileName().toString());
        assertValid(document);
        return document;
    }

    static void assertValid(PlanDocument document) {
        assertEquals(Set.of(), violations(ModelJson.mapper().valueToTree(document)), "schema violations");
    }

    static Set<ValidationMessage> violations(JsonNode json) {
        return Schemas.planViolations(json);
    }
}
