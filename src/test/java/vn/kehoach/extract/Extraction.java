package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.kehoach.ingest.Ingestion;
import vn.kehoach.ingest.OfficeIngester;
import vn.kehoach.ingest.PlainTextIngester;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.normalize.NormalizeStage;
import vn.kehoach.normalize.ToneStyle;
import vn.kehoach.pipeline.Pipeline;
import vn.kehoach.testing.Schemas;

/** The ingest-normalize-extract pipeline over real files, and the JSON Schema every output must meet. */
final class Extraction {

    static final Pipeline PIPELINE = extraction(new NormalizeStage());
    /** Without the language-model repair: extraction must also stand raw OCR noise. */
    static final Pipeline UNREPAIRED = extraction(NormalizeStage.withoutRestoration(ToneStyle.MODERN));


    private Extraction() {
    }

    private static Pipeline extraction(NormalizeStage normalize) {
        return Pipeline.from(new Ingestion(List.of(new OfficeIngester(), new PlainTextIngester())))
            .then(normalize)
            .then(new MetadataExtractor())
            .then(new SectionExtractor())
            .then(new PlanExtractor())
            .build();
    }

    /** Runs the pipeline on a file under samples/ and checks the JSON against the schema. */
    static PlanDocument sample(String name) throws Exception {
        return sample(PIPELINE, name);
    }

    /** Runs the given pipeline on a file under samples/ and checks the JSON against the schema. */
    static PlanDocument sample(Pipeline pipeline, String name) throws Exception {
        PlanDocument document = pipeline.run(Path.of("samples", name), name);
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
