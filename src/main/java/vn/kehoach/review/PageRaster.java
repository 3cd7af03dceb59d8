package vn.kehoach.review;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.kehoach.model.DocumentKind;
import vn.kehoach.model.Page;

/**
 * The page images of one source file, each rendered once: PDF pages by PDFBox at {@link #PDF_DPI}, image
 * files decoded as they are (page n is the file's n-th image). Boxes in the plan are in page points,
 * so each image comes with its scale in pixels per point.
 */
final class PageRaster implements Closeable {

    /** Enough to read a figure in a crop, small enough to keep a site of many documents light. */
    static final int PDF_DPI = 120;

    /** A page image and how many of its pixels make one point of the page. */
    record Raster(BufferedImage image, double pixelsPerPoint) {
    }

    private final Path file;
    private final PDDocument pdf;
    private final Map<Integer, Raster> rendered = new HashMap<>();

    private PageRaster(Path file, PDDocument pdf) {
        this.file = file;
        this.pdf = pdf;
    }

    /** Whether pages of this kind of source have images at all (office files and plain text have none). */
    static boolean hasPageImages(DocumentKind kind) {
        return kind != DocumentKind.OFFICE && kind != DocumentKind.PLAIN;
    }

    static PageRaster open(Path file, DocumentKind kind) throws IOException {
        return new PageRaster(file, kind == DocumentKind.IMAGE ? null : Loader.loadPDF(file.toFile()));
    }

    /** The image of {@code page} (as described in the plan, for its size in points). */
    Raster page(Page page) throws IOException {
        Raster raster = rendered.get(page.number());
        if (raster == null) {
            BufferedImage image = pdf != null
                ? new PDFRenderer(pdf).renderImageWithDPI(page.number() - 1, PDF_DPI, ImageType.RGB)
                : readImage(page.number() - 1);
            raster = new Raster(image, image.getWidth() / page.width());
            rendered.put(page.number(), raster);
        }
        return raster;
    }

    private BufferedImage readImage(int index) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException(file + ": no image reader for this file");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return reader.read(index);
            } finally {
                reader.dispose();
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (pdf != null) {
            pdf.close();
        }
    }
}
