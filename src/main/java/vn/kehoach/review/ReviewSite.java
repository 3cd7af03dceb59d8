package vn.kehoach.review;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import vn.kehoach.batch.AtomicFiles;
import vn.kehoach.model.Finding;
import vn.kehoach.model.Page;
import vn.kehoach.model.PlanDocument;

/**
 * Writes the review site of an extract output folder: {@code index.html}, one page per plan, the marked
 * page crops in {@code crops/}, and the style sheet and filter script, all referred to by relative
 * links so that the folder works from the file system without a network.
 */
public final class ReviewSite {

    /**
     * What was written, and what could not be read or rendered (each also logged). A source file that
     * is not found is only warned about: the page still shows the involved lines as text.
     */
    public record Result(int documents, int findings, int crops, List<String> problems) {
    }

    /** The names this class gives document pages and crops. */
    private static final Pattern OWN_FILE = Pattern.compile("d\\d{3,}-.+\\.html|crops/d\\d{3,}-f\\d+\\.png");

    private final SourceFiles sources;
    private final double repairThreshold;
    private final PrintWriter log;

    /**
     * @param sourceRoots folders to look for the input files in, besides their names as recorded
     * @param repairThreshold repairs scoring below this are shown next to their original text
     */
    public ReviewSite(List<Path> sourceRoots, double repairThreshold, PrintWriter log) {
        this.sources = new SourceFiles(sourceRoots);
        this.repairThreshold = repairThreshold;
        this.log = log;
    }

    /** Writes the site; writes nothing when {@code outDir} holds no plan JSON (the result has 0 documents). */
    public Result write(Path outDir, Path htmlDir) throws IOException {
        PlanFiles.Listing listing = PlanFiles.read(outDir, htmlDir);
        List<String> problems = new ArrayList<>(listing.problems());
        problems.forEach(p -> log.println("kehoach: " + p));
        if (listing.plans().isEmpty()) {
            return new Result(0, 0, 0, problems); // nothing to show: no site rather than an empty one
        }
        List<DocumentEntry> entries = new ArrayList<>();
        int crops = 0;
        for (int i = 0; i < listing.plans().size(); i++) {
            PlanFile file = listing.plans().get(i);
            String key = String.format(Locale.ROOT, "d%03d", i + 1);
            String pageName = key + "-" + file.relativeName().replaceFirst("\\.json$", "").replaceAll("[^A-Za-z0-9._-]", "_") + ".html";
            Views views = views(file, key, htmlDir, problems);
            crops += (int) views.findings().stream().filter(v -> v.cropHref() != null).count();
            entries.add(new DocumentEntry(file, pageName, views.findings()));
            writeText(htmlDir.resolve(pageName), DocumentPage.render(file, views.findings(), views.sourceNote(), repairThreshold));
        }
        writeText(htmlDir.resolve("style.css"), Html.resource("style.css"));
        writeText(htmlDir.resolve("review.js"), Html.resource("review.js"));
        writeText(htmlDir.resolve("index.html"), IndexPage.render(entries));
        removeStale(htmlDir, entries);
        int findings = entries.stream().mapToInt(e -> e.findings().size()).sum();
        return new Result(entries.size(), findings, crops, problems);
    }

    /** A document's findings as shown, and a note about its source for the page's head. */
    private record Views(List<FindingView> findings, String sourceNote) {
    }

    private Views views(PlanFile file, String key, Path htmlDir, List<String> problems) throws IOException {
        PlanDocument plan = file.plan();
        List<FindingFocus> foci = plan.findings().stream().map(f -> FindingFocus.of(f, plan)).toList();
        if (!PageRaster.hasPageImages(plan.source().kind())) {
            return textOnly(plan, foci, "The source is " + plan.source().kind().id()
                + " text without page images: the involved lines are shown as text instead of a crop.", null);
        }
        if (plan.findings().isEmpty()) {
            return new Views(List.of(), null);
        }
        Optional<Path> source = sources.find(plan.source());
        if (source.isEmpty()) {
            String note = "Source file not found (looked for " + sources.candidates(plan.source())
                + " with SHA-256 " + plan.source().sha256() + "); pass --sources DIR to get page crops.";
            log.println("kehoach: warning: " + file.relativeName() + ": " + note);
            return textOnly(plan, foci, "No page image: the source file was not found; the involved lines are shown as text.", note);
        }
        List<FindingView> views = new ArrayList<>();
        try (PageRaster raster = PageRaster.open(source.get(), plan.source().kind())) {
            for (int i = 0; i < foci.size(); i++) {
                views.add(view(plan, raster, plan.findings().get(i), foci.get(i), key + "-f" + (i + 1), htmlDir, problems));
            }
        }
        return new Views(views, null);
    }

    private FindingView view(PlanDocument plan, PageRaster raster, Finding finding, FindingFocus focus, String cropKey,
                             Path htmlDir, List<String> problems) {
        Page page = focus.page() == null ? null
            : plan.pages().stream().filter(p -> p.number() == focus.page() && p.width() > 0).findFirst().orElse(null);
        if (page == null || !focus.hasBoxes()) {
            return new FindingView(finding, focus, null,
                "No page position recorded for what this finding involves: the involved lines are shown as text.");
        }
        try {
            BufferedImage crop = CropPainter.paint(raster.page(page), focus);
            String href = "crops/" + cropKey + ".png";
            AtomicFiles.write(htmlDir.resolve(href), out -> ImageIO.write(crop, "png", out));
            return new FindingView(finding, focus, href, null);
        } catch (IOException | RuntimeException e) {
            String problem = plan.source().file() + ": page " + page.number() + " could not be rendered: " + e.getMessage();
            problems.add(problem);
            log.println("kehoach: " + problem);
            return new FindingView(finding, focus, null, "No crop: " + problem);
        }
    }

    private static Views textOnly(PlanDocument plan, List<FindingFocus> foci, String reason, String note) {
        List<FindingView> views = new ArrayList<>();
        for (int i = 0; i < foci.size(); i++) {
            views.add(new FindingView(plan.findings().get(i), foci.get(i), null, reason));
        }
        return new Views(views, note);
    }

    /**
     * Deletes the document pages and crops an earlier run left that this one did not write (a plan since
     * removed, a finding since fixed), so that the site shows OUT as it is. Only files named the way
     * this class names them are touched.
     */
    private static void removeStale(Path htmlDir, List<DocumentEntry> entries) throws IOException {
        Set<String> written = new HashSet<>();
        for (DocumentEntry entry : entries) {
            written.add(entry.pageName());
            entry.findings().stream().map(FindingView::cropHref).filter(Objects::nonNull).forEach(written::add);
        }
        for (String folder : List.of("", "crops/")) {
            Path dir = htmlDir.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    String name = folder + file.getFileName();
                    if (OWN_FILE.matcher(name).matches() && !written.contains(name)) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    private static void writeText(Path file, String text) throws IOException {
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
