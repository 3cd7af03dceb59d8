package vn.kehoach.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Learns the {@link OcrChannel} table from the pages {@link OcrPairGenerator} wrote: aligns every
 * clean line with its OCR reading, then each word's letters, and counts which OCR piece each source
 * letter became. Writes "source TAB piece TAB count" lines.
 */
public final class ChannelTrainer {

    private ChannelTrainer() {
    }

    /** A clean line and what OCR read for it. */
    public record LinePair(String source, String ocr) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ChannelTrainer PAIRS_FOLDER... OUT.tsv");
            System.exit(2);
        }
        List<LinePair> pairs = new ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) {
            pairs.addAll(linePairs(Path.of(args[i])));
        }
        Path out = Path.of(args[args.length - 1]);
        Map<String, Map<String, Integer>> counts = count(pairs);
        List<String> lines = new ArrayList<>();
        List<String> folders = Stream.of(args).limit(args.length - 1L).map(f -> Path.of(f).getFileName().toString()).toList();
        lines.add("# source letter, OCR piece, count: learned from " + pairs.size() + " rendered lines read back by tesseract "
            + folders + " (scripts/make-channel.sh)");
        counts.forEach((source, pieces) -> pieces.forEach((piece, c) -> lines.add(source + "\t" + piece + "\t" + c)));
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.err.println(pairs.size() + " line pairs -> " + (lines.size() - 1) + " table rows in " + out);
    }

    public static Map<String, Map<String, Integer>> count(List<LinePair> pairs) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (LinePair pair : pairs) {
            OcrAlignment.words(pair.source(), pair.ocr(), (source, ocr) -> {
                for (String[] letter : OcrAlignment.letters(source, ocr)) {
                    counts.computeIfAbsent(letter[0], k -> new TreeMap<>()).merge(letter[1], 1, Integer::sum);
                }
            });
        }
        return counts;
    }

    /**
     * The line pairs of every page whose OCR has as many non-blank lines as the source (tesseract
     * reads one rendered row per line; a page where rows merged or split is skipped rather than guessed).
     */
    public static List<LinePair> linePairs(Path folder) {
        List<LinePair> pairs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path src : files.filter(f -> f.toString().endsWith(".src.txt")).sorted().toList()) {
                Path ocr = Path.of(src.toString().replace(".src.txt", ".ocr.txt"));
                if (!Files.exists(ocr)) {
                    continue;
                }
                List<String> sourceLines = nonBlank(src);
                List<String> ocrLines = nonBlank(ocr);
                if (sourceLines.size() == ocrLines.size()) {
                    for (int i = 0; i < sourceLines.size(); i++) {
                        pairs.add(new LinePair(sourceLines.get(i), ocrLines.get(i)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }

    private static List<String> nonBlank(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }
}
