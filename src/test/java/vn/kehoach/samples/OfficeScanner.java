package vn.kehoach.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns a typed PDF into what an office scanner makes of its printout: 300 dpi grey pages, slightly
 * rotated, blurred by the optics, with dust specks and sensor noise, stored as JPEG in an image-only PDF.
 * Every random choice comes from a {@link Random} seeded per page, so reruns give identical files.
 */
public final class OfficeScanner {

    public static final int DPI = 300;
    private static final float JPEG_QUALITY = 0.5f;
    private static final double MIN_SKEW_DEGREES = 0.4;
    private static final double MAX_SKEW_DEGREES = 0.8;
    private static final float BLUR_SIGMA = 1.0f;
    private static final int MIN_SPECKS = 200;
    private static final int MAX_SPECKS = 400;
    /** Toner density varies over patches of this many pixels, down to this fraction of full black. */
    private static final int TONER_CELL = 160;
    private static final double MIN_TONER = 0.6;
    private static final double NOISE_SIGMA = 8;
    /**
     * The contrast curve is a logistic step cutting in the dark half, so blurred stroke edges and thin toner
     * wash out: tuned so that Tesseract's vie model reads the sample at about 2% CER, like a real office
     * scan. It also keeps the background clean, and the files small.
     */
    private static final double CONTRAST_MIDPOINT = 100;
    private static final double CONTRAST_WIDTH = 14;

    private OfficeScanner() {}

    /** Renders each page of {@code typedPdf} at 300 dpi grey and degrades it like a scan. */
    public static List<BufferedImage> scan(Path typedPdf, long seed) throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(typedPdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage clean = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                // A seed per page: a page's scan does not depend on how many pages came before.
                pages.add(degrade(clean, new Random(seed * 1_000 + i)));
            }
        }
        return pages;
    }

    /** Writes an image-only PDF: each page's whole content is one full-page JPEG at 300 dpi. */
    public static void writeImagePdf(List<BufferedImage> pages, Path pdf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (BufferedImage image : pages) {
                float width = image.getWidth() * 72f / DPI;
                float height = image.getHeight() * 72f / DPI;
                PDPage page = new PDPage(new PDRectangle(width, height));
                document.addPage(page);
                PDImageXObject jpeg = JPEGFactory.createFromImage(document, image, JPEG_QUALITY, DPI);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(jpeg, 0, 0, width, height);
                }
            }
            ReproduciblePdf.save(document, pdf);
        }
    }

    /** Writes a grey PNG whose pHYs chunk says 300 dpi, so an OCR engine knows the resolution. */
    public static void writePng(BufferedImage image, Path png) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        // The native pHYs node: the JDK's writer misreads the standard tree's pixel size (JDK-5106305).
        String pixelsPerMetre = String.valueOf(Math.round(DPI / 0.0254));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(physical);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        Files.deleteIfExists(png);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(png.toFile())) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
    }

    /** Degrades one clean 300 dpi grey page; the same page and random state always give the same scan. */
    public static BufferedImage degrade(BufferedImage clean, Random random) {
        double degrees = MIN_SKEW_DEGREES + (MAX_SKEW_DEGREES - MIN_SKEW_DEGREES) * random.nextDouble();
        BufferedImage page = rotate(clean, random.nextBoolean() ? degrees : -degrees);
        addSpecks(page, random);
        page = blur(page);
        fadeToner(page, random);
        addNoiseAndContrast(page, random);
        return page;
    }

    private static BufferedImage rotate(BufferedImage clean, double degrees) {
        BufferedImage rotated = new BufferedImage(clean.getWidth(), clean.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = rotated.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, clean.getWidth(), clean.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), clean.getWidth() / 2.0, clean.getHeight() / 2.0);
        g.drawImage(clean, 0, 0, null);
        g.dispose();
        return rotated;
    }

    /** Dust on the glass: small dark dots of varied size and tone, before the blur so they look optical. */
    private static void addSpecks(BufferedImage page, Random random) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int count = MIN_SPECKS + random.nextInt(MAX_SPECKS - MIN_SPECKS + 1);
        for (int i = 0; i < count; i++) {
            int tone = 20 + random.nextInt(120);
            g.setColor(new Color(tone, tone, tone));
            double x = random.nextDouble() * page.getWidth();
            double y = random.nextDouble() * page.getHeight();
            double w = 1.5 + random.nextDouble() * 3.5;
            double h = 1.5 + random.nextDouble() * 3.5;
            g.fill(new Ellipse2D.Double(x, y, w, h));
        }
        g.dispose();
    }

    private static BufferedImage blur(BufferedImage page) {
        int radius = (int) Math.ceil(2 * BLUR_SIGMA);
        int size = 2 * radius + 1;
        float[] weights = new float[size * size];
        float sum = 0;
        for (int y = -radius; y <= radius; y++) {
            for (int x = -radius; x <= radius; x++) {
                float w = (float) Math.exp(-(x * x + y * y) / (2 * BLUR_SIGMA * BLUR_SIGMA));
                weights[(y + radius) * size + x + radius] = w;
                sum += w;
            }
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        ConvolveOp op = new ConvolveOp(new Kernel(size, size, weights), ConvolveOp.EDGE_NO_OP, null);
        return op.filter(page, null);
    }

    /**
     * Uneven toner: ink darkness scaled by a smooth random field, so strokes and diacritics fade in patches
     * and, with the noise and the white clipping, break up the way they do on a worn office printer.
     */
    private static void fadeToner(BufferedImage page, Random random) {
        int columns = page.getWidth() / TONER_CELL + 2;
        int rows = page.getHeight() / TONER_CELL + 2;
        double[][] strength = new double[rows][columns];
        for (double[] row : strength) {
            for (int c = 0; c < columns; c++) {
                row[c] = MIN_TONER + (1 - MIN_TONER) * random.nextDouble();
            }
        }
        WritableRaster raster = page.getRaster();
        int[] row = new int[page.getWidth()];
        for (int y = 0; y < page.getHeight(); y++) {
            raster.getSamples(0, y, row.length, 1, 0, row);
            int r = y / TONER_CELL;
            double fy = (y % TONER_CELL) / (double) TONER_CELL;
            for (int x = 0; x < row.length; x++) {
                int c = x / TONER_CELL;
                double fx = (x % TONER_CELL) / (double) TONER_CELL;
                double top = strength[r][c] * (1 - fx) + strength[r][c + 1] * fx;
                double bottom = strength[r + 1][c] * (1 - fx) + strength[r + 1][c + 1] * fx;
                double toner = top * (1 - fy) + bottom * fy;
                row[x] = 255 - (int) Math.round((255 - row[x]) * toner);
            }
            raster.setSamples(0, y, row.length, 1, 0, row);
        }
    }

    /**
     * Sensor noise, then the steep contrast curve of a scanner's text mode: paper goes white, ink black,
     * and where the toner is thin, strokes and diacritics break up.
     */
    private static void addNoiseAndContrast(BufferedImage page, Random random) {
        int[] curve = new int[256];
        for (int v = 0; v < curve.length; v++) {
            curve[v] = (int) Math.round(255 / (1 + Math.exp(-(v - CONTRAST_MIDPOINT) / CONTRAST_WIDTH)));
        }
        WritableRaster raster = page.getRaster();
        int[] row = new int[page.getWidth()];
        for (int y = 0; y < page.getHeight(); y++) {
            raster.getSamples(0, y, row.length, 1, 0, row);
            for (int x = 0; x < row.length; x++) {
                int value = (int) Math.round(row[x] + random.nextGaussian() * NOISE_SIGMA);
                row[x] = curve[Math.max(0, Math.min(255, value))];
            }
            raster.setSamples(0, y, row.length, 1, 0, row);
        }
    }
}
