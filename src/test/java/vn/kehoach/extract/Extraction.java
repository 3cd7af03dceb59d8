package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.kehoach.ingest.Ingestion;
import vn.kehoach.ingest.OfficeIngester;
import vn.kehoach.ingest.PlainTextIngester;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.normalize.NormalizeStage;
import vn.kehoach.pipeline.Pipeline;

/** The ingest-normalize-extract pipeline over real files, and the JSON Schema every output must meet. */
final class Extraction {

    static final Pipeline PIPELINE = Pipeline.from(new Ingestion(List.of(new OfficeIngester(), new PlainTextIngester())))
        .then(new NormalizeStage())
        .then(new MetadataExtractor())
        .then(new SectionExtractor())
        .then(new PlanExtractor())
        .build();

    private static final JsonSchema SCHEMA = loadSchema();

    private Extraction() {
    }

    /** Runs the pipeline on a file under samples/ and checks the JSON against the schema. */
    static PlanDocument sample(String name) throws Exception {
        PlanDocument document = PIPELINE.run(Path.of("samples", name), name);
        assertValid(document);
        return document;
    }

    static void assertValid(PlanDocument document) {
        assertEquals(Set.of(), violations(ModelJson.mapper().valueToTree(document)), "schema violations");
    }

    static Set<ValidationMessage> violations(JsonNode json) {
        return SCHEMA.validate(json);
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = Extraction.class.getResourceAsStream("/schema/plan.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the plan schema", e);
        }
    }
}
