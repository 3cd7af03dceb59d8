package vn.kehoach.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.ModelJson;
import vn.kehoach.testing.Schemas;

/**
 * The acceptance test of resumable batches: a real {@code kehoach extract} process over 31 generated
 * inputs of every kind (two of them scans, five bad) is killed (SIGKILL) part-way, then the batch is run
 * again: every good input ends with exactly one complete output and one line in plans.jsonl, every bad
 * one with one error record, nothing done before the kill is redone, and no temporary file is left.
 */
@Tag("ocr")
class KillAndResumeTest {

    private static final int KILL_AFTER_DOCUMENTS = 6;
    private static final Map<String, String> BAD = Map.of(
        "bad/empty.pdf", "empty-file",
        "bad/truncated.pdf", "truncated",
        "bad/noise.bin", "unsupported-type",
        "bad/bomb.png", "too-large-image",
        "bad/many-pages.pdf", "too-many-pages");

    @TempDir
    static Path in;
    @TempDir
    static Path out;
    @TempDir
    static Path work;
    static final List<String> GOOD = new ArrayList<>();

    @BeforeAll
    static void generateInputs() throws IOException {
        for (String folder : List.of("md", "typed", "docx", "scans", "bad")) {
            Files.createDirectories(in.resolve(folder));
        }
        for (int n = 1; n <= 12; n++) {
            GOOD.add(in.relativize(BatchInputs.markdown(in.resolve("md"), "plan-" + n + ".md", n)).toString());
        }
        for (int n = 20; n < 27; n++) {
            GOOD.add(in.relativize(BatchInputs.typedPdf(in.resolve("typed"), "plan-" + n + ".pdf", n)).toString());
        }
        for (int n = 30; n < 35; n++) {
            GOOD.add(in.relativize(BatchInputs.docx(in.resolve("docx"), "plan-" + n + ".docx", n)).toString());
        }
        for (int n = 40; n < 42; n++) {
            GOOD.add(in.relativize(BatchInputs.scannedPdf(in.resolve("scans"), "scan-" + n + ".pdf", BatchInputs.shortPlan(n), n, work)).toString());
        }
        Path bad = in.resolve("bad");
        Files.createFile(bad.resolve("empty.pdf"));
        BatchInputs.truncatedPdf(bad, "truncated.pdf", work);
        BatchInputs.randomBytes(bad, "noise.bin");
        BatchInputs.bombPng(bad, "bomb.png");
        BatchInputs.manyPagesPdf(bad, "many-pages.pdf", 10_000);
        GOOD.sort(null);
    }

    @Test
    void aKilledBatchResumesWithNothingLostAndNothingDuplicated() throws Exception {
        int total = GOOD.size() + BAD.size();
        assertEquals(31, total);
        Process batch = startBatch();
        Path manifest = out.resolve("manifest.jsonl");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (entries(manifest).size() < KILL_AFTER_DOCUMENTS) {
            if (!batch.isAlive()) {
                fail("the batch ended (exit " + batch.exitValue() + ") before it could be killed: "
                    + Files.readString(work.resolve("batch.log")));
            }
            if (System.nanoTime() > deadline) {
                batch.destroyForcibly();
                fail("no progress: " + Files.readString(work.resolve("batch.log")));
            }
            Thread.sleep(50);
        }
        batch.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
        assertTrue(batch.waitFor(30, TimeUnit.SECONDS));
        Set<String> doneBeforeKill = entries(manifest);
        assertTrue(doneBeforeKill.size() >= KILL_AFTER_DOCUMENTS && doneBeforeKill.size() < total, doneBeforeKill.toString());

        BatchCli.Run resumed = BatchCli.extract(in, out, "--jobs", "2");

        assertEquals(1, resumed.exitCode(), resumed.err());
        assertTrue(resumed.err().contains(total + " documents, " + GOOD.size() + " ok, " + BAD.size() + " failed"), resumed.err());
        JsonNode run = ModelJson.mapper().readTree(out.resolve("summary.json").toFile()).get("run");
        assertEquals(doneBeforeKill.size(), run.get("skipped").asInt(), "what was recorded before the kill is not redone");
        assertEquals(total - doneBeforeKill.size(), run.get("processed").asInt());
        assertEquals(Set.copyOf(allIds()), entries(manifest));
        assertOneCompleteOutputEach();
        assertOneReportLineEach();
        assertNoTemporaryFile();
    }

    private static Process startBatch() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
            "-Dkehoach.models=" + Path.of("models").toAbsolutePath(), "vn.kehoach.cli.Main",
            "extract", in.toString(), "--out", out.toString(), "--jobs", "2");
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.redirectErrorStream(true).redirectOutput(work.resolve("batch.log").toFile());
        return builder.start();
    }

    /** The documents the manifest records, tolerating a line torn by the kill. */
    private static Set<String> entries(Path manifest) throws IOException {
        Set<String> ids = new HashSet<>();
        if (!Files.exists(manifest)) {
            return ids;
        }
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            try {
                ids.add(ModelJson.mapper().readTree(line).get("documentId").asText());
            } catch (IOException | NullPointerException torn) {
                // the line being written when the process died
            }
        }
        return ids;
    }

    private static List<String> allIds() {
        List<String> ids = new ArrayList<>(GOOD);
        ids.addAll(BAD.keySet());
        return ids;
    }

    private static void assertOneCompleteOutputEach() throws IOException {
        for (String good : GOOD) {
            JsonNode document = ModelJson.mapper().readTree(out.resolve(good + ".json").toFile()); // parses: complete
            assertEquals(Set.of(), Schemas.planViolations(document), good);
            assertFalse(Files.exists(out.resolve(good + ".error.json")), good);
        }
        for (Map.Entry<String, String> bad : BAD.entrySet()) {
            JsonNode error = ModelJson.mapper().readTree(out.resolve(bad.getKey() + ".error.json").toFile());
            assertEquals(bad.getValue(), error.get("cause").asText(), bad.getKey());
            assertFalse(Files.exists(out.resolve(bad.getKey() + ".json")), bad.getKey());
        }
        JsonNode folder = ModelJson.mapper().readTree(out.resolve("summary.json").toFile()).get("folder");
        assertTrue(folder.get("ocrPages").asInt() >= 2, "the two scans were OCR'd: " + folder);
    }

    private static void assertOneReportLineEach() throws IOException {
        List<JsonNode> plans = BatchCli.jsonLines(out.resolve("plans.jsonl"));
        assertEquals(GOOD, plans.stream().map(l -> l.get("documentId").asText()).toList());
        plans.forEach(line -> assertEquals(Set.of(), Schemas.violations("plan-line.schema.json", line), line.get("documentId").asText()));
        List<JsonNode> errors = BatchCli.jsonLines(out.resolve("errors.jsonl"));
        assertEquals(List.copyOf(new TreeMap<>(BAD).keySet()), errors.stream().map(l -> l.get("file").asText()).toList());
        errors.forEach(line -> assertEquals(Set.of(), Schemas.violations("error.schema.json", line), line.toString()));
        int findings = 0;
        for (String good : GOOD) {
            findings += ModelJson.mapper().readTree(out.resolve(good + ".json").toFile()).get("findings").size();
        }
        List<JsonNode> findingLines = BatchCli.jsonLines(out.resolve("findings.jsonl"));
        assertEquals(findings, findingLines.size());
        findingLines.forEach(line -> assertEquals(Set.of(), Schemas.violations("finding-line.schema.json", line), line.toString()));
    }

    private static void assertNoTemporaryFile() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }
}
