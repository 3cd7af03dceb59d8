package vn.kehoach.review;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.kehoach.cli.Main;

/**
 * An extract output folder with findings of both kinds of source, and its review site: seed 000 (an
 * old OCR text dump, no page images) and {@link ScannedTablePlan} (a scan whose cells have OCR boxes).
 * Runs the real command line: {@code extract} on the two files, then {@code review --sources}.
 */
final class ReviewFixture {

    static final String SEED_000 = "seed-000-ocr-dump.txt";
    static final String SCAN = "commune-scan.pdf";

    /** Where things were written under the work folder. */
    record Site(Path sources, Path out, Path html) {
    }

    private ReviewFixture() {
    }

    static Site build(Path work) throws Exception {
        Path sources = Files.createDirectories(work.resolve("sources"));
        Files.copy(Path.of("samples", SEED_000), sources.resolve(SEED_000));
        ScannedTablePlan.write(sources.resolve(SCAN));
        Path out = work.resolve("out");
        // Files given by absolute path are recorded by their bare names: review must find them with --sources.
        run("extract", sources.resolve(SEED_000).toAbsolutePath().toString(),
            sources.resolve(SCAN).toAbsolutePath().toString(), "--out", out.toString(), "--jobs", "1");
        Path html = work.resolve("site");
        run("review", out.toString(), "--html", html.toString(), "--sources", sources.toString());
        return new Site(sources, out, html);
    }

    private static void run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
        if (code != 0) {
            throw new IllegalStateException("kehoach " + String.join(" ", args) + " exited with " + code + ": " + err);
        }
    }
}
