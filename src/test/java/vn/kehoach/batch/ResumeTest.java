package vn.kehoach.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.ModelJson;

/**
 * Re-runs over one output folder: what the manifest says is done is skipped; a changed input, a deleted
 * output, {@code --force} and a different pipeline version (an output-changing option) make work again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResumeTest {

    @TempDir
    static Path in;
    @TempDir
    static Path out;

    @BeforeAll
    static void firstRun() throws IOException {
        for (int n = 1; n <= 4; n++) {
            BatchInputs.markdown(in, "plan-" + n + ".md", n);
        }
        Files.createFile(in.resolve("empty.txt"));
        BatchCli.Run first = BatchCli.extract(in, out, "--jobs", "2");
        assertEquals(1, first.exitCode(), first.err());
        assertEquals(5, run().get("processed").asInt());
    }

    private static JsonNode run() throws IOException {
        return ModelJson.mapper().readTree(out.resolve("summary.json").toFile()).get("run");
    }

    private static void assertRun(int processed, String... options) throws IOException {
        BatchCli.Run again = BatchCli.extract(in, out, options);
        assertEquals(1, again.exitCode(), "the empty input still failed: " + again.err());
        assertEquals(processed, run().get("processed").asInt(), again.err());
        assertEquals(5 - processed, run().get("skipped").asInt(), again.err());
        assertTrue(again.err().contains("5 documents, 4 ok, 1 failed"), again.err());
        assertEquals(4, BatchCli.jsonLines(out.resolve("plans.jsonl")).size(), "one line a document, whatever ran");
        assertEquals(1, BatchCli.jsonLines(out.resolve("errors.jsonl")).size());
    }

    @Test
    @Order(1)
    void aSecondRunSkipsEverythingAndRewritesNoDocument() throws IOException {
        Path json = out.resolve("plan-1.md.json");
        FileTime written = Files.getLastModifiedTime(json);
        assertRun(0);
        assertEquals(written, Files.getLastModifiedTime(json));
    }

    @Test
    @Order(2)
    void aDeletedOutputOrAChangedInputIsRedone() throws IOException {
        Files.delete(out.resolve("plan-1.md.json"));
        Files.writeString(in.resolve("plan-2.md"), BatchInputs.plan(22));
        assertRun(2);
        assertTrue(Files.exists(out.resolve("plan-1.md.json")));
        assertTrue(Files.readString(out.resolve("plan-2.md.json")).contains("bản lưu số 22"));
    }

    @Test
    @Order(3)
    void forceRedoesEverything() throws IOException {
        assertRun(5, "--force");
    }

    @Test
    @Order(4)
    void anOptionThatChangesTheOutputIsAnotherPipelineVersion() throws IOException {
        assertRun(5, "--keep-text-layer");
        assertTrue(ModelJson.mapper().readTree(out.resolve("summary.json").toFile()).get("pipelineVersion").asText()
            .endsWith("; keep-text-layer"));
        assertRun(0, "--keep-text-layer");
    }

    @Test
    @Order(5)
    void aFolderInUseByAnotherRunIsRefused() throws IOException {
        try (FileChannel channel = FileChannel.open(out.resolve(".kehoach/lock"), StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            BatchCli.Run refused = BatchCli.extract(in, out);
            assertEquals(2, refused.exitCode(), refused.err());
            assertTrue(refused.err().contains("another kehoach run is writing to " + out), refused.err());
        }
    }
}
