package vn.kehoach.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.mime.MediaType;
import vn.kehoach.ingest.OcrEngines;
import vn.kehoach.ingest.PdfIngester;
import vn.kehoach.model.Block;
import vn.kehoach.model.Page;
import vn.kehoach.model.SourceKind;
import vn.kehoach.pipeline.KehoachException;
import vn.kehoach.testing.TextMetrics;

/**
 * Times our ingestion against the bare tools: seconds per page of our scanned-PDF path (in-process,
 * median of N runs after one warm-up) next to the {@code tesseract} CLI on the same page images, and
 * pages per second of our text-layer path next to {@code pdftotext}. Run by scripts/bench-ingest.sh.
 *
 * <p>Arguments: scanned PDF, typed PDF, runs. System property {@code kehoach.lang} sets the OCR language.
 */
public final class IngestBench {

    private static final MediaType PDF = MediaType.application("pdf");

    private final PdfIngester ingester;
    private final String language;
    private final int runs;
    private final Path work;

    private IngestBench(PdfIngester ingester, String language, int runs, Path work) {
        this.ingester = ingester;
        this.language = language;
        this.runs = runs;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path scanned = Path.of(args.length > 0 ? args[0] : "samples/seed-003-scan.pdf");
        Path typed = Path.of(args.length > 1 ? args[1] : "samples/seed-003-typed.pdf");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String language = System.getProperty("kehoach.lang", OcrEngines.VIETNAMESE);
        if (!"1".equals(System.getenv("OMP_THREAD_LIMIT"))) {
            System.out.println("warning: OMP_THREAD_LIMIT is not 1; Tesseract may use several threads");
        }
        Path work = Files.createTempDirectory("bench-ingest");
        try (OcrEngines engines = new OcrEngines(language)) {
            IngestBench bench = new IngestBench(new PdfIngester(engines, false), language, runs, work);
            if (Files.isRegularFile(scanned)) {
                bench.scanned(scanned);
            } else {
                System.out.println("scanned PDF not found: " + scanned);
            }
            if (Files.isRegularFile(typed)) {
                bench.typed(typed);
            } else {
                System.out.println("typed PDF not found: " + typed);
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private void scanned(Path pdf) throws Exception {
        List<Page> pages = ingest(pdf);
        List<List<String>> commands = new ArrayList<>();
        for (Page page : pages) {
            int dpi = page.ocr() == null ? 300 : page.ocr().dpi();
            Path image = pageImage(pdf, page.number(), dpi);
            commands.add(List.of("tesseract", image.toString(), work.resolve("cli-" + page.number()).toString(),
                "-l", language, "--psm", "3", "--dpi", Integer.toString(dpi)));
        }
        for (List<String> command : commands) {
            run(command); // warm-up: the traineddata and the images in the page cache
        }
        // Runs alternate between the two so that a change in machine load hits both alike.
        List<Long> ours = new ArrayList<>();
        List<Long> inTesseract = new ArrayList<>();
        List<Long> cli = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            List<Page> read = ingest(pdf);
            ours.add(System.nanoTime() - start);
            inTesseract.add(read.stream().filter(p -> p.ocr() != null).mapToLong(p -> p.ocr().millis()).sum() * 1_000_000);
            start = System.nanoTime();
            for (List<String> command : commands) {
                run(command);
            }
            cli.add(System.nanoTime() - start);
        }
        double oursPerPage = seconds(median(ours)) / pages.size();
        double cliPerPage = seconds(median(cli)) / pages.size();
        StringBuilder cliText = new StringBuilder();
        for (Page page : pages) {
            cliText.append(Files.readString(work.resolve("cli-" + page.number() + ".txt"))).append('\n');
        }
        long ocrd = pages.stream().filter(p -> p.kind() == SourceKind.OCR).count();
        System.out.printf(Locale.ROOT, "scanned %s: %d pages, %d OCR'd (%s), median of %d runs after a warm-up%n",
            pdf, pages.size(), ocrd, pages.stream().filter(p -> p.ocr() != null).map(p -> p.ocr().dpi() + " dpi")
                .distinct().collect(Collectors.joining(", ")), runs);
        System.out.printf(Locale.ROOT, "  ours, in-process        %7.3f s/page (%.3f in recognition and its walk)%n",
            oursPerPage, seconds(median(inTesseract)) / pages.size());
        System.out.printf(Locale.ROOT, "  tesseract CLI (psm 3)   %7.3f s/page%n", cliPerPage);
        System.out.printf(Locale.ROOT, "  ratio ours/CLI          %7.3f   (target <= 1.10)%n", oursPerPage / cliPerPage);
        System.out.printf(Locale.ROOT, "  text difference         %7.4f   (CER of our text against the CLI's)%n",
            TextMetrics.characterErrorRate(cliText.toString(), text(pages)));
    }

    private void typed(Path pdf) throws Exception {
        List<Page> pages = ingest(pdf);
        List<String> command = List.of("pdftotext", pdf.toString(), work.resolve("pdftotext.txt").toString());
        run(command);
        List<Long> ours = new ArrayList<>();
        List<Long> tool = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ingest(pdf);
            ours.add(System.nanoTime() - start);
            start = System.nanoTime();
            run(command);
            tool.add(System.nanoTime() - start);
        }
        long kept = pages.stream().filter(p -> p.kind() == SourceKind.TEXT_LAYER).count();
        System.out.printf(Locale.ROOT, "typed %s: %d pages, %d from the text layer, median of %d runs after a warm-up%n",
            pdf, pages.size(), kept, runs);
        System.out.printf(Locale.ROOT, "  ours, in-process        %7.1f pages/s%n", pages.size() / seconds(median(ours)));
        System.out.printf(Locale.ROOT, "  pdftotext               %7.1f pages/s (a process per run)%n",
            pages.size() / seconds(median(tool)));
    }

    /**
     * The page image the CLI should read: the embedded scan as pdfimages extracts it when our path
     * decoded it directly (its resolution equals ours), else the page rendered in grey as we render it.
     */
    private Path pageImage(Path pdf, int page, int dpi) throws IOException, InterruptedException {
        String p = Integer.toString(page);
        List<String[]> images = run(List.of("pdfimages", "-list", "-f", p, "-l", p, pdf.toString())).lines()
            .skip(2).map(l -> l.trim().split("\\s+")).toList();
        String prefix = work.resolve("page-" + page).toString();
        // pdfimages -list columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
        if (images.size() == 1 && Math.round(Double.parseDouble(images.get(0)[13])) == dpi) {
            run(List.of("pdfimages", "-png", "-f", p, "-l", p, pdf.toString(), prefix));
            return Path.of(prefix + "-000.png");
        }
        run(List.of("pdftoppm", "-r", Integer.toString(dpi), "-gray", "-png", "-singlefile", "-f", p, "-l", p,
            pdf.toString(), prefix));
        return Path.of(prefix + ".png");
    }

    private List<Page> ingest(Path pdf) throws KehoachException {
        return ingester.ingest(pdf, PDF, pdf.getFileName().toString());
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static String text(List<Page> pages) {
        return pages.stream().flatMap(p -> p.blocks().stream()).map(Block::text).collect(Collectors.joining("\n"));
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted(Comparator.naturalOrder()).toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
