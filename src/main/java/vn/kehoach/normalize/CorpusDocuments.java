package vn.kehoach.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The training corpus: text files (or folders of them) where each document starts with a line
 * {@code === DOC <id> ===}. Every 20th document, chosen by a hash of its id, is held out of training
 * so the repair can be measured on text the model has never seen.
 */
public final class CorpusDocuments {

    private static final String HEADER = "=== DOC ";
    private static final int HELD_OUT_EVERY = 20;

    private CorpusDocuments() {
    }

    /** Whether the document is in the held-out split (stable: String.hashCode is specified). */
    public static boolean isHeldOut(String id) {
        return Math.floorMod(id.hashCode(), HELD_OUT_EVERY) == 0;
    }

    /** The .txt files named, folders expanded in name order. */
    public static List<Path> files(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> listing = Files.list(p)) {
                    listing.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Calls {@code sink(id, text)} for every document of the files; text before any header has id "". */
    public static void forEach(List<Path> filesOrFolders, BiConsumer<String, String> sink) {
        for (Path file : files(filesOrFolders)) {
            String id = "";
            StringBuilder text = new StringBuilder();
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.startsWith(HEADER)) {
                        emit(id, text, sink);
                        id = line.substring(HEADER.length()).replace("===", "").trim();
                    } else {
                        text.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            emit(id, text, sink);
        }
    }

    private static void emit(String id, StringBuilder text, BiConsumer<String, String> sink) {
        if (!text.isEmpty()) {
            sink.accept(id, text.toString());
        }
        text.setLength(0);
    }
}
