package vn.kehoach.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path dir;

    private static ManifestEntry ok(String id, String sha) {
        return new ManifestEntry(id, sha, "v1", id + ".json", 2, 1, 100, null);
    }

    @Test
    void keepsTheLatestEntryOfEachDocumentAcrossOpens() throws IOException {
        Path file = dir.resolve("manifest.jsonl");
        try (Manifest manifest = Manifest.open(file)) {
            manifest.record(ok("a.pdf", "111"));
            manifest.record(ok("b.pdf", "222"));
            manifest.record(ok("a.pdf", "333"));
        }
        assertEquals(3, Files.readAllLines(file).size(), "appended, one line an entry");
        try (Manifest manifest = Manifest.open(file)) {
            assertEquals(List.of("b.pdf", "a.pdf"), manifest.entries().stream().map(ManifestEntry::documentId).toList());
            assertEquals("333", manifest.entry("a.pdf").orElseThrow().sha256());
            assertEquals(0, manifest.droppedLines());
        }
        assertEquals(2, Files.readAllLines(file).size(), "compacted when opened");
    }

    @Test
    void aTornLastLineIsDroppedAndTheNextAppendStartsClean() throws IOException {
        Path file = dir.resolve("manifest.jsonl");
        try (Manifest manifest = Manifest.open(file)) {
            manifest.record(ok("a.pdf", "111"));
        }
        byte[] whole = JsonLines.line(ok("b.pdf", "222"));
        // killed in the middle of writing b's line: no newline at the end
        Files.write(file, Arrays.copyOf(whole, whole.length / 2), StandardOpenOption.APPEND);
        try (Manifest manifest = Manifest.open(file)) {
            assertEquals(1, manifest.droppedLines());
            assertTrue(manifest.entry("b.pdf").isEmpty());
            manifest.record(ok("c.pdf", "333"));
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), lines.toString());
        try (Manifest manifest = Manifest.open(file)) {
            assertEquals(List.of("a.pdf", "c.pdf"), manifest.entries().stream().map(ManifestEntry::documentId).toList());
        }
    }

    @Test
    void anEntryIsTheSameWorkOnlyForTheSameContentAndPipeline() {
        ManifestEntry entry = ok("a.pdf", "111");
        assertTrue(entry.sameWork("111", "v1"));
        assertTrue(!entry.sameWork("112", "v1") && !entry.sameWork("111", "v2") && !entry.sameWork(null, "v1"));
    }
}
