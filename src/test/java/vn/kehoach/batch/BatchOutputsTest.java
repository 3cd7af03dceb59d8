package vn.kehoach.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.testing.Schemas;

/**
 * The outputs for reporting systems of one batch of cheap documents (no OCR): every JSONL line meets
 * its schema and names its document, the XLSX and CSV hold the JSON tables' cells, the summary adds up.
 */
class BatchOutputsTest {

    /** Input name -> cause of its error record. */
    static final Map<String, String> BAD = Map.of(
        "empty.pdf", "empty-file",
        "noise.bin", "unsupported-type",
        "bomb.png", "too-large-image",
        "many-pages.pdf", "too-many-pages");
    static final List<String> GOOD = List.of("a.md", "b.md", "c.docx", "d-typed.pdf", "sub/seed-000.txt");

    @TempDir
    static Path in;
    @TempDir
    static Path out;
    static BatchCli.Run run;

    @BeforeAll
    static void runOneBatch() throws IOException {
        BatchInputs.markdown(in, "a.md", 1);
        BatchInputs.markdown(in, "b.md", 2);
        BatchInputs.docx(in, "c.docx", 3);
        BatchInputs.typedPdf(in, "d-typed.pdf", 4);
        Files.createDirectories(in.resolve("sub"));
        Files.copy(Path.of("samples/seed-000-ocr-dump.txt"), in.resolve("sub/seed-000.txt"));
        Files.createFile(in.resolve("empty.pdf"));
        BatchInputs.randomBytes(in, "noise.bin");
        BatchInputs.bombPng(in, "bomb.png");
        BatchInputs.manyPagesPdf(in, "many-pages.pdf", 10_000);
        run = BatchCli.extract(in, out, "--jobs", "2");
    }

    @Test
    void everyInputHasOneOutputAndTheRunReportsTheFailures() {
        assertEquals(1, run.exitCode(), run.err());
        for (String good : GOOD) {
            assertTrue(Files.isRegularFile(out.resolve(good + ".json")), good);
            assertFalse(Files.exists(out.resolve(good + ".error.json")), good);
        }
        BAD.forEach((bad, cause) -> {
            assertTrue(Files.isRegularFile(out.resolve(bad + ".error.json")), bad);
            assertFalse(Files.exists(out.resolve(bad + ".json")), bad);
        });
        assertTrue(run.err().contains("9 documents, 5 ok, 4 failed"), run.err());
        assertTrue(run.err().contains("failures by cause: empty-file 1, too-large-image 1, too-many-pages 1, unsupported-type 1"),
            run.err());
    }

    @Test
    void planLinesMeetTheirSchemaOnceEachInOrder() throws IOException {
        List<JsonNode> lines = BatchCli.jsonLines(out.resolve("plans.jsonl"));
        assertEquals(GOOD, lines.stream().map(l -> l.get("documentId").asText()).toList());
        for (JsonNode line : lines) {
            assertEquals(Set.of(), Schemas.violations("plan-line.schema.json", line), line.get("documentId").asText());
            JsonNode document = ModelJson.mapper().readTree(out.resolve(line.get("output").asText()).toFile());
            assertEquals(document.get("source"), line.get("source"));
            assertEquals(document.get("document"), line.get("document"));
            assertEquals(document.get("findings").size(), line.get("findings").get("error").asInt()
                + line.get("findings").get("warning").asInt() + line.get("findings").get("info").asInt());
        }
    }

    @Test
    void findingLinesMeetTheirSchemaAndAreTheDocumentsFindings() throws IOException {
        List<JsonNode> lines = BatchCli.jsonLines(out.resolve("findings.jsonl"));
        assertFalse(lines.isEmpty(), "seed 000's table totals do not add up: it has findings");
        Map<String, List<JsonNode>> byDocument = new TreeMap<>();
        for (JsonNode line : lines) {
            assertEquals(Set.of(), Schemas.violations("finding-line.schema.json", line), line.toString());
            byDocument.computeIfAbsent(line.get("documentId").asText(), d -> new ArrayList<>()).add(line.get("finding"));
        }
        for (String good : GOOD) {
            List<JsonNode> expected = new ArrayList<>();
            ModelJson.mapper().readTree(out.resolve(good + ".json").toFile()).get("findings").forEach(expected::add);
            assertEquals(expected, byDocument.getOrDefault(good, List.of()), good);
        }
    }

    @Test
    void errorLinesMeetTheirSchemaAndMatchTheErrorFiles() throws IOException {
        List<JsonNode> lines = BatchCli.jsonLines(out.resolve("errors.jsonl"));
        assertEquals(new TreeMap<>(BAD).keySet().stream().toList(), lines.stream().map(l -> l.get("file").asText()).toList());
        for (JsonNode line : lines) {
            assertEquals(Set.of(), Schemas.violations("error.schema.json", line), line.toString());
            assertEquals(BAD.get(line.get("file").asText()), line.get("cause").asText());
            assertEquals(ModelJson.mapper().readTree(out.resolve(line.get("file").asText() + ".error.json").toFile()), line);
        }
    }

    @Test
    void theSummaryMeetsItsSchemaAndAddsUp() throws IOException {
        JsonNode summary = ModelJson.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(Set.of(), Schemas.violations("summary.schema.json", summary));
        JsonNode folder = summary.get("folder");
        assertEquals(9, folder.get("documents").asInt());
        assertEquals(5, folder.get("converted").asInt());
        assertEquals(4, folder.get("failed").asInt());
        assertEquals(BatchCli.jsonLines(out.resolve("findings.jsonl")).size(),
            folder.get("findingsBySeverity").properties().stream().mapToInt(e -> e.getValue().asInt()).sum());
        assertEquals(9, summary.get("run").get("processed").asInt());
        long pages = 0;
        for (String good : GOOD) {
            pages += ModelJson.mapper().readTree(out.resolve(good + ".json").toFile()).get("pages").size();
        }
        assertEquals(pages, folder.get("pages").asLong());
    }

    @Test
    void eachDocumentsXlsxHoldsTheSameCellsAsItsJsonTables() throws IOException {
        int tables = 0;
        for (String good : GOOD) {
            PlanDocument document = ModelJson.mapper().readValue(out.resolve(good + ".json").toFile(), PlanDocument.class);
            Path xlsx = out.resolve("tables/" + good + ".xlsx");
            assertEquals(!document.tables().isEmpty(), Files.exists(xlsx), good);
            if (document.tables().isEmpty()) {
                continue;
            }
            try (InputStream stream = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(stream)) {
                assertEquals(document.tables().size(), workbook.getNumberOfSheets());
                for (DataTable table : document.tables()) {
                    assertSameCells(table, workbook.getSheet(table.id()), good);
                    tables++;
                }
            }
        }
        assertTrue(tables >= 4, "the Markdown plans carry one table each, seed 000 two: " + tables);
    }

    private static void assertSameCells(DataTable table, Sheet sheet, String document) {
        String where = document + " " + table.id();
        assertEquals(table.rows().size() + 1, sheet.getPhysicalNumberOfRows(), where);
        Row header = sheet.getRow(0);
        for (int c = 0; c < table.columns().size(); c++) {
            List<String> path = table.columns().get(c).path();
            assertEquals(path.isEmpty() ? "#" + (c + 1) : String.join(" / ", path), header.getCell(c).getStringCellValue(), where);
        }
        int numbers = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            DataRow row = table.rows().get(r);
            Row sheetRow = sheet.getRow(r + 1);
            for (int c = 0; c < row.cells().size(); c++) {
                DataCell cell = row.cells().get(c);
                Cell sheetCell = sheetRow.getCell(c);
                if (cell.value() != null && cell.type().isNumeric()) {
                    assertEquals(CellType.NUMERIC, sheetCell.getCellType(), where + " r" + r + " c" + c);
                    assertEquals(0, cell.value().compareTo(BigDecimal.valueOf(sheetCell.getNumericCellValue())),
                        where + " r" + r + " c" + c + ": " + cell.value() + " vs " + sheetCell.getNumericCellValue());
                    numbers++;
                } else {
                    assertEquals(cell.raw() == null ? "" : cell.raw(), sheetCell.getStringCellValue(), where + " r" + r + " c" + c);
                }
            }
            assertEquals(row.isTotal(), sheetRow.getCell(row.cells().size()).getBooleanCellValue(), where + " r" + r);
        }
        assertTrue(numbers > 0, where + " has numbers");
    }

    @Test
    void eachTableIsACsvWithTheSameCells() throws IOException {
        for (String good : GOOD) {
            PlanDocument document = ModelJson.mapper().readValue(out.resolve(good + ".json").toFile(), PlanDocument.class);
            for (DataTable table : document.tables()) {
                List<List<String>> records = BatchCli.csv(Files.readString(out.resolve("tables/" + good + "/" + table.id() + ".csv"),
                    StandardCharsets.UTF_8));
                assertEquals(table.rows().size() + 1, records.size(), good + " " + table.id());
                for (int r = 0; r < table.rows().size(); r++) {
                    DataRow row = table.rows().get(r);
                    List<String> record = records.get(r + 1);
                    assertEquals(row.cells().size() + 1, record.size());
                    for (int c = 0; c < row.cells().size(); c++) {
                        DataCell cell = row.cells().get(c);
                        String expected = cell.value() != null && cell.type().isNumeric() ? cell.value().toPlainString()
                            : cell.raw() == null ? "" : cell.raw();
                        assertEquals(expected, record.get(c), good + " " + table.id() + " r" + r + " c" + c);
                    }
                    assertEquals(String.valueOf(row.isTotal()), record.get(row.cells().size()));
                }
            }
        }
    }

    @Test
    void noTemporaryFileIsLeft() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> temporary = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), temporary);
        }
    }
}
