package vn.kehoach.normalize;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Makes (clean line, OCR of it) pairs for learning the {@link OcrChannel}: lines of training documents
 * are drawn one per row in DejaVu Serif at 300 dpi and read back with {@code tesseract -l eng}, which
 * mangles Vietnamese the way seed 000 shows ("người" -> "ngudi", "số" -> "s6"), or with {@code -l vie},
 * whose errors on a poor scan are subtler (a wrong or lost tone mark, "y tế" -> "y tê"). Writes
 * PAGE.src.txt / PAGE.ocr.txt per page into the output folder. The split argument chooses training
 * documents (for the channel) or held-out ones (for measuring), and with "-scan" passes each page
 * through a simulated low-resolution scan first.
 */
public final class OcrPairGenerator {

    private static final int DPI = 300;
    private static final int WIDTH = 2480;
    private static final int HEIGHT = 3508;
    private static final int MARGIN = 200;
    private static final float POINTS = 12f;
    private static final int MAX_LINE_CHARS = 72;
    private static final int MIN_LINE_WORDS = 4;
    /** Grey levels below this turn black in a low-resolution scan (a dark threshold thins the strokes). */
    private static final int SCAN_THRESHOLD = 110;
    /** The scan sensor has this many times fewer pixels per inch than the rendering. */
    private static final int SCAN_REDUCTION = 3;
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

    private OcrPairGenerator() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, FontFormatException {
        if (args.length < 5 || !List.of("train", "heldout", "train-scan", "heldout-scan").contains(args[2])
                || !List.of("eng", "vie").contains(args[3])) {
            System.err.println("usage: OcrPairGenerator OUT_FOLDER PAGES train|train-scan|heldout|heldout-scan eng|vie CORPUS_FILE_OR_FOLDER...");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        int pages = Integer.parseInt(args[1]);
        boolean heldOut = args[2].startsWith("heldout");
        boolean scanned = args[2].endsWith("-scan");
        String language = args[3];
        List<Path> corpus = java.util.Arrays.stream(args).skip(4).map(Path::of).toList();
        Font font = Font.createFont(Font.TRUETYPE_FONT, FONT.toFile()).deriveFont(POINTS * DPI / 72f);
        List<String> lines = sampleLines(corpus, heldOut, pages * linesPerPage(font));
        int perPage = linesPerPage(font);
        for (int page = 0; page < pages && (page + 1) * perPage <= lines.size(); page++) {
            List<String> pageLines = lines.subList(page * perPage, (page + 1) * perPage);
            Path base = out.resolve(String.format("page-%03d", page));
            Files.write(base.resolveSibling(base.getFileName() + ".src.txt"), pageLines, StandardCharsets.UTF_8);
            Path png = base.resolveSibling(base.getFileName() + ".png");
            BufferedImage image = render(pageLines, font);
            ImageIO.write(scanned ? lowResolutionScan(image) : image, "png", png.toFile());
            recognise(png, base.resolveSibling(base.getFileName() + ".ocr"), language);
            Files.delete(png);
            System.err.println("page " + page + " done");
        }
    }

    private static int linesPerPage(Font font) {
        return (HEIGHT - 2 * MARGIN) / (int) (font.getSize2D() * 1.6f);
    }

    /** Lines of the split's documents, spread over the whole corpus (every k-th suitable line). */
    private static List<String> sampleLines(List<Path> corpus, boolean heldOut, int wanted) {
        List<String> suitable = new ArrayList<>();
        CorpusDocuments.forEach(corpus, (id, text) -> {
            if (CorpusDocuments.isHeldOut(id) == heldOut) {
                text.lines().map(String::strip)
                    .filter(l -> l.length() <= MAX_LINE_CHARS && WordTokens.of(l).size() >= MIN_LINE_WORDS
                        && VietnameseSyllables.score(l).markedShare() > 0.3)
                    .forEach(suitable::add);
            }
        });
        int step = Math.max(1, suitable.size() / Math.max(1, wanted));
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < suitable.size() && sample.size() < wanted; i += step) {
            sample.add(suitable.get(i));
        }
        return sample;
    }

    private static BufferedImage render(List<String> lines, Font font) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(font);
        int step = (int) (font.getSize2D() * 1.6f);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), MARGIN, MARGIN + (i + 1) * step);
        }
        g.dispose();
        return image;
    }

    /**
     * A cheap office scan: the page through a sensor of a third of the resolution (blur), then a hard black/white
     * threshold, which thins strokes and breaks the small diacritics as real scans do ("Đảng" -> "Pang").
     */
    private static BufferedImage lowResolutionScan(BufferedImage page) {
        BufferedImage small = new BufferedImage(WIDTH / SCAN_REDUCTION, HEIGHT / SCAN_REDUCTION, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D down = small.createGraphics();
        down.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        down.drawImage(page, 0, 0, WIDTH / SCAN_REDUCTION, HEIGHT / SCAN_REDUCTION, null);
        down.dispose();
        BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D up = out.createGraphics();
        up.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        up.drawImage(small, 0, 0, WIDTH, HEIGHT, null);
        up.dispose();
        var raster = out.getRaster();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                raster.setSample(x, y, 0, raster.getSample(x, y, 0) < SCAN_THRESHOLD ? 0 : 255);
            }
        }
        return out;
    }

    private static void recognise(Path png, Path base, String language) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("tesseract", png.toString(), base.toString(),
            "-l", language, "--psm", "6", "--dpi", String.valueOf(DPI));
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("tesseract failed on " + png + ": " + log);
        }
    }
}
