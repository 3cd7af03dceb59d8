package vn.kehoach.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds {@code samples/} from the two seeds: copies them, and derives from seed 003 a typed PDF, its
 * scan, the scan with an old English OCR layer, a PNG of page 1 and a DOCX. Their gold texts go to a
 * folder of their own, so that the samples folder holds only documents to convert.
 * Usage: {@code SampleGenerator <seeds folder> <output folder> <gold folder>} (see scripts/make-samples.sh).
 */
public final class SampleGenerator {

    /** Seeds the scan degradation; changing it changes every scan sample. */
    static final long SCAN_SEED = 20_200_003L;

    private SampleGenerator() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: SampleGenerator <seeds folder> <output folder> <gold folder>");
            System.exit(2);
        }
        Path seeds = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        Path gold = Files.createDirectories(Path.of(args[2]));

        copy(seed(seeds, "000_"), out.resolve("seed-000-ocr-dump.txt"));
        Path markdown = copy(seed(seeds, "003_"), out.resolve("seed-003.md"));
        PlanText plan = PlanText.parse(Files.readString(markdown, StandardCharsets.UTF_8));

        Path typed = out.resolve("seed-003-typed.pdf");
        List<List<String>> printedLines = TypedPdfWriter.write(plan, typed);
        write(gold.resolve("seed-003-typed.txt"), TypedPdfWriter.goldText(printedLines));

        List<BufferedImage> scanPages = OfficeScanner.scan(typed, SCAN_SEED);
        Path scan = out.resolve("seed-003-scan.pdf");
        OfficeScanner.writeImagePdf(scanPages, scan);
        OfficeScanner.writePng(scanPages.get(0), out.resolve("seed-003-page1.png"));
        EnglishOcrLayer.add(scan, out.resolve("seed-003-scan-old-ocr.pdf"));

        List<String> docxLines = DocxWriter.write(plan, out.resolve("seed-003.docx"));
        write(gold.resolve("seed-003-docx.txt"), String.join("\n", docxLines) + "\n");
    }

    /** The one file in {@code seeds} whose name starts with {@code prefix} (seed files carry a hash suffix). */
    private static Path seed(Path seeds, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            List<Path> matches = files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
            if (matches.size() != 1) {
                throw new IOException("expected one seed " + prefix + "* in " + seeds + ", found " + matches);
            }
            return matches.get(0);
        }
    }

    /** Byte-for-byte, but not the read-only mode of the shared seeds. */
    private static Path copy(Path from, Path to) throws IOException {
        return Files.write(to, Files.readAllBytes(from));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
