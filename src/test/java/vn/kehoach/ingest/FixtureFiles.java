package vn.kehoach.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Writes the test fixtures as files for the benchmark: {@code typed.pdf} (10 pages) and {@code scan.pdf} (2 pages). */
public final class FixtureFiles {

    private FixtureFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        Path onePage = dir.resolve("typed-1.pdf");
        Fixtures.typedPdf(Fixtures.PLAN, onePage);
        Path scanPage = dir.resolve("scan-1.pdf");
        Fixtures.scanPdf(Fixtures.jpeg(Fixtures.scanned(onePage, 300), 0.6f), scanPage);
        repeat(onePage, 10, dir.resolve("typed.pdf"));
        repeat(scanPage, 2, dir.resolve("scan.pdf"));
        Files.delete(onePage);
        Files.delete(scanPage);
    }

    private static void repeat(Path onePage, int times, Path out) throws IOException {
        try (PDDocument source = Loader.loadPDF(onePage.toFile()); PDDocument target = new PDDocument()) {
            for (int i = 0; i < times; i++) {
                target.importPage(source.getPage(0));
            }
            target.save(out.toFile());
        }
    }
}
