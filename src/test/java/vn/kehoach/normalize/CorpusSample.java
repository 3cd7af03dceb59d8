package vn.kehoach.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Real documents from the shared corpus beside the project (read at test time, never copied in). */
final class CorpusSample {

    static final Path SHARED = Path.of("..", "shared");

    private CorpusSample() {
    }

    /** The documents of one corpus file with at least {@code minChars} characters, in file order. */
    static List<String> documents(String corpusFile, int minChars) {
        try {
            String text = Files.readString(SHARED.resolve("corpus").resolve(corpusFile));
            return Arrays.stream(text.split("(?m)^=== DOC [^\n]*\n")).filter(d -> d.length() >= minChars).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seed(String name) {
        try {
            return Files.readString(SHARED.resolve("seeds").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
