package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.kehoach.ingest.Ingestion;
import vn.kehoach.ingest.OfficeIngester;
import vn.kehoach.ingest.PlainTextIngester;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.normalize.NormalizeStage;
import vn.kehoach.testing.Schemas;

/** Runs ingestion, normalization and table extraction on a file, and checks tables against the schema. */
final class TableTestSupport {


    private TableTestSupport() {
    }

    static PlanDocument extract(Path file) throws Exception {
        PlanDocument ingested = new Ingestion(List.of(new PlainTextIngester(), new OfficeIngester()))
            .read(file, file.getFileName().toString());
        return new TableExtractor().apply(new NormalizeStage().apply(ingested));
    }

    /** Writes the table as the JSON output does and validates it against table.schema.json. */
    static void assertMatchesSchema(DataTable table) {
        JsonNode json = ModelJson.mapper().valueToTree(table);
        Set<ValidationMessage> errors = Schemas.tableViolations(json);
        assertTrue(errors.isEmpty(), () -> table.id() + " does not match the schema: " + errors);
    }

    static List<BigDecimal> column(DataTable table, int c) {
        return table.rows().stream().map(r -> r.cells().get(c).value()).toList();
    }

    static void assertValue(String expected, DataCell cell) {
        assertEquals(0, new BigDecimal(expected).compareTo(cell.value()), () -> "cell " + cell.raw() + " reads " + cell.value());
    }
}
