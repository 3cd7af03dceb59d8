package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.ModelJson;

/** The JSON users script against: missing fields are visible, and the schema refuses what breaks the shape. */
class PlanJsonTest {

    @Test
    void missingFieldIsNullWithoutSpanAndListed() throws Exception {
        JsonNode json = ModelJson.mapper().valueToTree(Extraction.sample("seed-003.md"));
        JsonNode issuer = json.path("document").path("issuer");
        assertTrue(issuer.has("value") && issuer.get("value").isNull(), issuer.toString());
        assertFalse(issuer.has("span"));
        assertEquals(0.0, issuer.get("confidence").asDouble());
        assertTrue(json.path("document").path("missing").toString().contains("\"issuer\""));
        assertEquals("Kế hoạch", json.path("document").path("type").path("value").asText());
        assertEquals("organization", json.path("sections").get(3).path("role").asText());
        assertEquals("chủ trì", json.path("plan").path("responsibilities").get(1).path("actors").get(0).path("cue").asText());
    }

    @Test
    void schemaRefusesBrokenShapes() throws Exception {
        JsonNode valid = ModelJson.mapper().valueToTree(Extraction.sample("seed-000-ocr-dump.txt"));

        ObjectNode spanWithoutValue = valid.deepCopy();
        ((ObjectNode) spanWithoutValue.path("document").path("parentIssuer")).set("span", valid.path("document").path("issuer").path("span"));
        assertFalse(Extraction.violations(spanWithoutValue).isEmpty(), "a missing value cannot have a span");

        ObjectNode unknownRole = valid.deepCopy();
        ((ObjectNode) unknownRole.path("sections").get(0)).put("role", "goals");
        assertFalse(Extraction.violations(unknownRole).isEmpty());

        ObjectNode badDate = valid.deepCopy();
        ((ObjectNode) badDate.path("document").path("issueDate")).put("value", "13/02/2023");
        assertFalse(Extraction.violations(badDate).isEmpty(), "dates are ISO");

        ObjectNode eightComponents = valid.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) eightComponents.path("document").path("components")).remove(7);
        assertFalse(Extraction.violations(eightComponents).isEmpty(), "all nine Decree 30 components are listed");
    }
}
