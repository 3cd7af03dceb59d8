package vn.kehoach.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a batch's output folder already holds, as an append-only log of {@link ManifestEntry} lines. A
 * line is appended only once all of a document's outputs are in place, so a run killed at any moment
 * leaves entries only for complete work; a torn last line (killed while appending) is dropped on the
 * next open, which also rewrites the log compacted (latest entry per document), atomically.
 */
public final class Manifest implements AutoCloseable {

    private final Map<String, ManifestEntry> latest;
    private final FileChannel log;
    private final int droppedLines;

    private Manifest(Map<String, ManifestEntry> latest, FileChannel log, int droppedLines) {
        this.latest = latest;
        this.log = log;
        this.droppedLines = droppedLines;
    }

    public static Manifest open(Path file) throws IOException {
        Map<String, ManifestEntry> latest = new LinkedHashMap<>();
        int dropped = 0;
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Optional<ManifestEntry> entry = parse(line);
                if (entry.isPresent()) {
                    latest.remove(entry.get().documentId()); // keeps the map in order of completion
                    latest.put(entry.get().documentId(), entry.get());
                } else if (!line.isBlank()) {
                    dropped++;
                }
            }
        }
        List<ManifestEntry> kept = new ArrayList<>(latest.values());
        AtomicFiles.write(file, out -> {
            for (ManifestEntry entry : kept) {
                out.write(JsonLines.line(entry));
            }
        });
        FileChannel log = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new Manifest(latest, log, dropped);
    }

    private static Optional<ManifestEntry> parse(String line) {
        try {
            ManifestEntry entry = JsonLines.read(line, ManifestEntry.class);
            return entry.documentId() == null || entry.output() == null || entry.pipelineVersion() == null
                ? Optional.empty() : Optional.of(entry);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Lines that could not be read when opening (a torn last line after a kill); they were dropped. */
    public int droppedLines() {
        return droppedLines;
    }

    /** The latest entry of a document. */
    public synchronized Optional<ManifestEntry> entry(String documentId) {
        return Optional.ofNullable(latest.get(documentId));
    }

    /** The latest entry of every document, in order of completion. */
    public synchronized List<ManifestEntry> entries() {
        return List.copyOf(latest.values());
    }

    /** Appends the entry in one write, and syncs it: an entry must not outlive a crash less than its outputs do. */
    public synchronized void record(ManifestEntry entry) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(JsonLines.line(entry));
        while (bytes.hasRemaining()) {
            log.write(bytes);
        }
        log.force(false);
        latest.remove(entry.documentId());
        latest.put(entry.documentId(), entry);
    }

    @Override
    public synchronized void close() throws IOException {
        log.close();
    }
}
