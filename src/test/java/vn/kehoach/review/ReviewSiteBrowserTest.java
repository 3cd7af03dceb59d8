package vn.kehoach.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.Finding;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;

/**
 * The review site opened in headless Chromium from the file system, asserting on the DOM after its
 * scripts ran and its images loaded: seed 000's findings listed with intact Vietnamese, the scan's
 * crops loaded as images, the text-only source shown as text, the filters hiding what they should.
 */
@Tag("ocr")
class ReviewSiteBrowserTest {

    private static final Pattern IMG = Pattern.compile("<img [^>]*>");

    @TempDir
    static Path work;
    static ReviewFixture.Site site;
    static PlanDocument seed000;
    static PlanDocument scan;

    @BeforeAll
    static void buildSite() throws Exception {
        HeadlessChromium.binary(); // fail first, and clearly, without the browser
        site = ReviewFixture.build(work);
        seed000 = plan(ReviewFixture.SEED_000);
        scan = plan(ReviewFixture.SCAN);
    }

    @Test
    void indexListsBothDocumentsAndEverySeed000Finding() throws Exception {
        String dom = HeadlessChromium.dumpDom(url("index.html"));

        assertTrue(dom.contains("<meta charset=\"utf-8\">"), "UTF-8 declared");
        assertTrue(dom.contains(">" + ReviewFixture.SEED_000 + ".json</a>"), "seed 000 listed");
        assertTrue(dom.contains(">" + ReviewFixture.SCAN + ".json</a>"), "scan listed");
        assertTrue(seed000.findings().stream().map(Finding::ruleId).toList()
            .containsAll(List.of("KH-T001", "KH-T004", "KH-N001", "KH-S001", "KH-D001")), "seed 000's acceptance findings");
        for (Finding finding : seed000.findings()) {
            assertTrue(dom.contains(text(finding.messageVi())), "listed with its Vietnamese intact: " + finding.messageVi());
        }
        int all = seed000.findings().size() + scan.findings().size();
        assertEquals(all, count(dom, "<tr data-rule="), "one row per finding");
        assertTrue(dom.contains("<span class=\"filter-count\">" + all + "</span>"), "script counted the rows shown");
        long seedErrors = seed000.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        assertTrue(Pattern.compile(Pattern.quote(ReviewFixture.SEED_000) + ".json</a></td><td>plain</td><td class=\"num\">1</td>"
            + "<td class=\"num\">" + seed000.findings().size() + "</td><td class=\"num\">" + seedErrors + "</td>").matcher(dom).find(),
            "seed 000's row counts its findings by severity");
    }

    @Test
    void filterInTheAddressHidesTheOtherSeverities() throws Exception {
        String dom = HeadlessChromium.dumpDom(url("index.html") + "#severity=warning");

        long warnings = Stream.concat(seed000.findings().stream(), scan.findings().stream())
            .filter(f -> f.severity() == Severity.WARNING).count();
        assertTrue(warnings > 0);
        assertEquals(warnings, count(dom, "data-severity=\"warning\" data-triage=\"[^\"]*\">"), "warnings shown");
        assertEquals(0, count(dom, "data-severity=\"warning\" data-triage=\"[^\"]*\" hidden"), "no warning hidden");
        assertEquals(count(dom, "<tr data-rule=\"[^\"]*\" data-severity=\"error\""),
            count(dom, "data-severity=\"error\" data-triage=\"[^\"]*\" hidden"), "every error hidden");
        assertTrue(dom.contains("<span class=\"filter-count\">" + warnings + "</span>"));
    }

    @Test
    void textOnlySourceShowsInvolvedLinesInsteadOfImages() throws Exception {
        String dom = HeadlessChromium.dumpDom(url(pageOf(ReviewFixture.SEED_000)));

        assertEquals(seed000.findings().size(), count(dom, "<article class=\"finding "));
        assertEquals(0, count(dom, "<img "), "no fake images for a text dump");
        assertTrue(dom.contains("without page images"), "says why there is no crop");
        assertTrue(dom.contains("<td>84</td><td class=\"repaired\">"), "the total row's line shown as text");
        assertTrue(dom.contains("class=\"pointed\">8.099</td>") || dom.contains("pointed\">8.099</td>"),
            "the printed total marked in the table");
    }

    @Test
    void scanFindingsHaveLoadedCropsAndMarkedCells() throws Exception {
        String dom = HeadlessChromium.dumpDom(url(pageOf(ReviewFixture.SCAN)));

        assertFalse(scan.findings().isEmpty(), "the scan's wrong total is found");
        List<String> images = IMG.matcher(dom).results().map(m -> m.group()).toList();
        long onThePage = scan.findings().stream().filter(f -> f.location().page() != null).count();
        assertTrue(onThePage >= 2, "the wrong total and the misread row");
        assertEquals(onThePage, images.size(), "one crop per finding located on a page");
        for (String img : images) {
            assertTrue(img.contains("data-loaded=\"true\""), "image loaded in the browser: " + img);
            Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(img);
            assertTrue(src.find());
            BufferedImage crop = ImageIO.read(site.html().resolve(src.group(1)).toFile());
            assertNotNull(crop);
            assertTrue(crop.getWidth() > 100 && crop.getHeight() > 50, "a crop with context: " + crop.getWidth() + "x" + crop.getHeight());
        }
        assertTrue(dom.contains(">" + ScannedTablePlan.WRONG_TOTAL + "</td>"), "the printed total in the table");
        assertTrue(dom.contains("Khu phố Thanh Nhàn"), "Vietnamese read from the scan, intact");
        for (Finding finding : scan.findings()) {
            assertTrue(dom.contains(text(finding.messageVi())), "Vietnamese message intact: " + finding.messageVi());
        }
    }

    private static PlanDocument plan(String source) throws Exception {
        return ModelJson.mapper().readValue(site.out().resolve(source + ".json").toFile(), PlanDocument.class);
    }

    private static String pageOf(String source) throws Exception {
        try (Stream<Path> files = Files.list(site.html())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("-" + source + ".html"))
                .findFirst().orElseThrow();
        }
    }

    private static String url(String page) {
        return site.html().resolve(page).toUri().toString();
    }

    /** Text as the DOM serializer writes it inside an element. */
    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;");
    }

    private static int count(String dom, String regex) {
        return (int) Pattern.compile(regex).matcher(dom).results().count();
    }
}
