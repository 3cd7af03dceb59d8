package vn.kehoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.ModelJson;

/**
 * A batch with every kind of bad input among good ones: each bad file gets a one-line error naming it
 * and its cause, an error JSON, and the good files are still converted.
 */
class BadInputTest {

    /** File name -> the cause its error JSON must give. */
    private static final Map<String, String> BAD = Map.of(
        "empty.pdf", "empty-file",
        "truncated.pdf", "truncated",
        "encrypted.pdf", "encrypted",
        "random.bin", "unsupported-type",
        "archive.zip", "unsupported-type",
        "broken.png", "unreadable");

    @TempDir
    static Path in;
    @TempDir
    static Path out;
    private static Cli run;

    @BeforeAll
    static void runABatchOfGoodAndBadFiles() throws IOException {
        Path typed = Path.of("samples/seed-003-typed.pdf");
        Files.copy(Path.of("samples/seed-003.md"), in.resolve("good.md"));
        Files.copy(typed, in.resolve("good.pdf"));
        Files.createFile(in.resolve("empty.pdf"));
        byte[] pdf = Files.readAllBytes(typed);
        Files.write(in.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
        encrypt(typed, in.resolve("encrypted.pdf"));
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        Files.write(in.resolve("random.bin"), noise);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(in.resolve("archive.zip")))) {
            zip.putNextEntry(new ZipEntry("notes.csv"));
            zip.write("a,b\n1,2\n".getBytes());
        }
        byte[] png = Files.readAllBytes(Path.of("samples/seed-003-page1.png"));
        Files.write(in.resolve("broken.png"), Arrays.copyOf(png, 300));

        run = Cli.run("extract", in.toString(), "--out", out.toString(), "--jobs", "2");
    }

    @Test
    void theBatchGoesOnAndReportsFailureByExitCode() {
        assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("good.md.json")));
        assertTrue(Files.isRegularFile(out.resolve("good.pdf.json")));
        assertTrue(run.err().contains("8 documents, 2 ok, 6 failed"), run.err());
    }

    @Test
    void eachBadFileGetsAnErrorJsonWithItsCause() throws IOException {
        for (Map.Entry<String, String> bad : BAD.entrySet()) {
            Path errorJson = out.resolve(bad.getKey() + ".error.json");
            JsonNode error = ModelJson.mapper().readTree(errorJson.toFile());
            assertEquals(bad.getKey(), error.get("file").asText());
            assertEquals(bad.getValue(), error.get("cause").asText(), bad.getKey() + ": " + error);
            assertFalse(error.get("message").asText().isBlank());
            assertFalse(Files.exists(out.resolve(bad.getKey() + ".json")), bad.getKey());
        }
    }

    @Test
    void eachBadFileGetsOneClearLineOnStderr() {
        List<String> errorLines = run.err().lines().filter(l -> l.contains("ERROR")).toList();
        assertEquals(BAD.size(), errorLines.size(), run.err());
        for (Map.Entry<String, String> bad : BAD.entrySet()) {
            assertTrue(errorLines.stream().anyMatch(l -> l.contains(bad.getKey() + ": " + bad.getValue() + ": ")),
                bad.getKey() + " in " + errorLines);
        }
        assertFalse(run.err().contains("\tat "), "no stack traces: " + run.err());
    }

    @Test
    void noTemporaryOrPartialFileIsLeft() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            List<String> documents = names.stream().filter(n -> n.endsWith(".json") && !n.equals("summary.json")).toList();
            assertEquals(8, documents.size(), names.toString());
            // the folder's bookkeeping and reports besides; no temporary file
            assertEquals(List.of(".kehoach", "errors.jsonl", "findings.jsonl", "manifest.jsonl", "plans.jsonl", "summary.json"),
                names.stream().filter(n -> !documents.contains(n) && !n.equals("tables")).toList());
        }
    }

    private static void encrypt(Path pdf, Path target) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile());
             OutputStream outStream = Files.newOutputStream(target)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(outStream);
        }
    }
}
