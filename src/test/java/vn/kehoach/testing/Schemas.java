package vn.kehoach.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The output's JSON Schemas, loaded from the classpath: the plan schema refers to the table schema by its $id. */
public final class Schemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://kehoach.vn/schema/", "classpath:schema/")));
    private static final JsonSchema PLAN = load("plan.schema.json");
    private static final JsonSchema TABLE = load("table.schema.json");
    private static final JsonSchema FINDING = load("finding.schema.json");
    private static final Map<String, JsonSchema> BY_FILE = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** Violations of one whole output file. */
    public static Set<ValidationMessage> planViolations(JsonNode json) {
        return PLAN.validate(json);
    }

    /** Violations of one item of {@code tables[]}. */
    public static Set<ValidationMessage> tableViolations(JsonNode json) {
        return TABLE.validate(json);
    }

    /** Violations of one item of {@code findings[]}. */
    public static Set<ValidationMessage> findingViolations(JsonNode json) {
        return FINDING.validate(json);
    }

    /** Violations of the schema in the file named, e.g. "plan-line.schema.json" for a line of plans.jsonl. */
    public static Set<ValidationMessage> violations(String schemaFile, JsonNode json) {
        return BY_FILE.computeIfAbsent(schemaFile, Schemas::load).validate(json);
    }

    private static JsonSchema load(String name) {
        return FACTORY.getSchema(SchemaLocation.of("https://kehoach.vn/schema/" + name));
    }
}
