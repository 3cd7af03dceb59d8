package vn.kehoach.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The evaluated fields of a plan JSON written by {@code extract}, each as a list of strings (a
 * multiset: one value per item found). Gold files list the same fields by hand; {@link #FIELDS} is the
 * order of the report.
 */
public final class OutputFields {

    public static final List<String> FIELDS = List.of(
        "document.type", "document.issuer", "document.number", "document.symbol", "document.place", "document.issueDate",
        "document.title", "document.summary",
        "legalBases.type", "legalBases.reference", "legalBases.date", "legalBases.issuer",
        "signer.authority", "signer.position", "signer.name",
        "recipients.name", "recipients.purpose",
        "sections.heading", "sections.role",
        "targets.value", "targets.indicator",
        "responsibilities.number", "responsibilities.actor", "responsibilities.deadline",
        "citations.reference",
        "tables.shape", "tables.total");

    private OutputFields() {
    }

    public static Map<String, List<String>> of(JsonNode plan) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        JsonNode document = plan.path("document");
        for (String name : List.of("type", "issuer", "number", "symbol", "place", "issueDate", "title", "summary")) {
            fields.put("document." + name, present(document.path(name).path("value")));
        }
        JsonNode bases = document.path("legalBases");
        for (String name : List.of("type", "reference", "date", "issuer")) {
            fields.put("legalBases." + name, each(bases, b -> b.path(name)));
        }
        JsonNode signer = document.path("signer");
        for (String name : List.of("authority", "position", "name")) {
            fields.put("signer." + name, present(signer.path(name)));
        }
        fields.put("recipients.name", each(document.path("recipients"), r -> r.path("name")));
        fields.put("recipients.purpose", each(document.path("recipients"), r -> r.path("purpose")));
        List<JsonNode> sections = new ArrayList<>();
        flatten(plan.path("sections"), sections);
        // a section is known by its number: its heading and its role are judged beside it
        fields.put("sections.heading", sections.stream().map(s -> s.path("number").asText() + " " + s.path("heading").asText()).toList());
        fields.put("sections.role", sections.stream().map(s -> s.path("number").asText() + " " + s.path("role").asText()).toList());
        JsonNode content = plan.path("plan");
        fields.put("targets.value", strings(content.path("targets"), t -> t.path("value").asText()
            + (t.path("unit").isTextual() ? " " + t.path("unit").asText() : "")));
        fields.put("targets.indicator", each(content.path("targets"), t -> t.path("indicator")));
        JsonNode duties = content.path("responsibilities");
        fields.put("responsibilities.number", each(duties, r -> r.path("number")));
        List<String> actors = new ArrayList<>();
        duties.forEach(r -> r.path("actors").forEach(a ->
            actors.add(r.path("number").asText() + " " + a.path("role").asText() + " " + a.path("name").asText())));
        fields.put("responsibilities.actor", actors);
        fields.put("responsibilities.deadline", each(duties, r -> r.path("deadline")));
        fields.put("citations.reference", each(content.path("citations"), c -> c.path("reference")));
        fields.put("tables.shape", strings(plan.path("tables"), t -> t.path("rows").size() + "x" + t.path("columns").size()));
        List<String> totals = new ArrayList<>();
        plan.path("tables").forEach(t -> t.path("rows").forEach(row -> {
            if (row.path("isTotal").asBoolean()) {
                totals.add(StreamSupport.stream(row.path("cells").spliterator(), false).map(c -> c.path("value"))
                    .filter(JsonNode::isNumber).map(v -> v.decimalValue().stripTrailingZeros().toPlainString())
                    .collect(Collectors.joining(" ")));
            }
        }));
        fields.put("tables.total", totals);
        return fields;
    }

    private static List<String> present(JsonNode value) {
        return value.isTextual() ? List.of(value.asText()) : List.of();
    }

    private static List<String> each(JsonNode array, Function<JsonNode, JsonNode> part) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.addAll(present(part.apply(item))));
        return values;
    }

    private static List<String> strings(JsonNode array, Function<JsonNode, String> part) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(part.apply(item)));
        return values;
    }

    private static void flatten(JsonNode sections, List<JsonNode> into) {
        sections.forEach(s -> {
            into.add(s);
            flatten(s.path("children"), into);
        });
    }
}
