package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    @Test
    void idsAreStableShapedUniqueAndInOrder() {
        List<String> ids = RuleCatalogue.all().stream().map(Rule::id).toList();
        assertTrue(ids.stream().allMatch(id -> id.matches("KH-[A-Z]\\d{3}")), ids::toString);
        assertEquals(ids.stream().distinct().sorted().toList(), ids);
    }

    @Test
    void everyRuleIsDescribed() {
        for (Rule rule : RuleCatalogue.all()) {
            assertTrue(rule.description().endsWith(".") && !rule.description().contains("\n"), rule.id());
            assertTrue(!rule.tolerance().isBlank(), rule.id());
        }
    }

    @Test
    void docsRulesMdIsUpToDate() throws IOException {
        assertEquals(RulesDoc.render(), Files.readString(RulesDoc.DEFAULT_PATH),
            "docs/rules.md is stale: run mvn -q exec:java -Dexec.mainClass=vn.kehoach.validate.RulesDoc");
    }
}
