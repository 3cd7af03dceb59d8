package vn.kehoach.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** The output's JSON Schemas, loaded from the classpath: the plan schema refers to the table schema by its $id. */
public final class Schemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://kehoach.vn/schema/", "classpath:schema/")));
    private static final JsonSchema PLAN = load("plan.schema.json");
    private static final JsonSchema TABLE = load("table.schema.json");
    private static final JsonSchema FINDING = load("finding.schema.json");
    private static final JsonSchema PLAN_LINE = load("plan-line.schema.json");
    private static final JsonSchema FINDING_LINE = load("finding-line.schema.json");
    private static final JsonSchema ERROR = load("error.schema.json");
    private static final JsonSchema SUMMARY = load("summary.schema.json");

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

    /** Violations of one line of {@code plans.jsonl}. */
    public static Set<ValidationMessage> planLineViolations(JsonNode json) {
        return PLAN_LINE.validate(json);
    }

    /** Violations of one line of {@code findings.jsonl}. */
    public static Set<ValidationMessage> findingLineViolations(JsonNode json) {
        return FINDING_LINE.validate(json);
    }

    /** Violations of an {@code .error.json} or one line of {@code errors.jsonl}. */
    public static Set<ValidationMessage> errorViolations(JsonNode json) {
        return ERROR.validate(json);
    }

    /** Violations of {@code summary.json}. */
    public static Set<ValidationMessage> summaryViolations(JsonNode json) {
        return SUMMARY.validate(json);
    }

    private static JsonSchema load(String name) {
        return FACTORY.getSchema(SchemaLocation.of("https://kehoach.vn/schema/" + name));
    }
}
