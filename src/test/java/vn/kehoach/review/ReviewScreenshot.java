package vn.kehoach.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Makes the README's picture of the review site: builds {@link ReviewFixture} in a temporary folder and
 * has headless Chromium photograph the scanned document's page. The work folder is left in the
 * system's temporary folder for a look at the whole site.
 * Usage: {@code ReviewScreenshot <png>} (see scripts/review-screenshot.sh).
 */
public final class ReviewScreenshot {

    private ReviewScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ReviewScreenshot <png>");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("kehoach-screenshot-");
        ReviewFixture.Site site = ReviewFixture.build(work);
        Path page;
        try (Stream<Path> files = Files.list(site.html())) {
            page = files.filter(f -> f.getFileName().toString().endsWith("-" + ReviewFixture.SCAN + ".html"))
                .findFirst().orElseThrow();
        }
        Path png = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(png.getParent());
        // The page's top: metadata, then the first finding with its crop and marked table.
        HeadlessChromium.screenshot(page.toUri().toString(), png, 1100, 1750);
        System.err.println("wrote " + png);
    }
}
