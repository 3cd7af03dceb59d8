package vn.kehoach.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds Tesseract's language data: {@code TESSDATA_PREFIX} if set, else Debian's folders. Checked once
 * at start-up so that a missing language fails the run with an install hint instead of every page.
 */
public final class Tessdata {

    private static final List<Path> DEBIAN_FOLDERS = List.of(
        Path.of("/usr/share/tesseract-ocr/5/tessdata"), Path.of("/usr/share/tesseract-ocr/4.00/tessdata"));

    private Tessdata() {
    }

    /** The tessdata folder holding every language of {@code languages} ("vie", "vie+eng"). */
    public static Path locate(String languages) {
        String prefix = System.getenv("TESSDATA_PREFIX");
        // Tesseract 5 wants the tessdata folder itself; Tesseract 3 wanted its parent, still seen in old set-ups.
        List<Path> candidates = prefix == null || prefix.isBlank() ? DEBIAN_FOLDERS
            : List.of(Path.of(prefix), Path.of(prefix, "tessdata"));
        for (Path folder : candidates) {
            if (Stream.of(languages.split("\\+")).allMatch(lang -> Files.isReadable(trainedData(folder, lang)))) {
                return folder;
            }
        }
        throw new IllegalStateException("Tesseract language data for '" + languages + "' not found in " + candidates
            + (prefix == null ? "" : " (from TESSDATA_PREFIX)") + "; install it with: apt-get install -y tesseract-ocr "
            + String.join(" ", Stream.of(languages.split("\\+")).map(l -> "tesseract-ocr-" + l).toList()));
    }

    private static Path trainedData(Path folder, String language) {
        return folder.resolve(language + ".traineddata");
    }
}
