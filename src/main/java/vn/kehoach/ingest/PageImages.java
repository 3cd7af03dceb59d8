package vn.kehoach.ingest;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import vn.kehoach.model.Box;
import vn.kehoach.pipeline.InputException;

/**
 * The image of a PDF page to OCR. A scanned page is usually one image drawn over the whole page: that
 * image is decoded directly at its own resolution, which saves rendering (about 0.9 s a page at 300
 * dpi, a third of the OCR time). A scan that must be rendered (something printed on it, a rotated
 * page) is rendered at the scan's own resolution: upsampling grain makes Tesseract read worse and
 * slower (a grainy 200 dpi scan: 0.1% CER direct, 7.6% rendered at 300 dpi; at 120 dpi, 130 s a page).
 * Any other page is rendered at 300 dpi in grey.
 */
final class PageImages {

    static final int RENDER_DPI = 300;
    /** The scan must cover this share of the page to stand for it. */
    private static final double MIN_COVER = 0.9;
    /** Bounds on the resolution a scan is rendered at, against images stretched or shrunk absurdly. */
    private static final int MIN_SCAN_DPI = 70;
    private static final int MAX_SCAN_DPI = 600;

    private PageImages() {
    }

    /** Whether one image covers the page: a scan, even when a page number or a signature line is printed on it. */
    static boolean isScan(PDPage page) throws IOException {
        return probe(page).covering() != null;
    }

    /**
     * The page as a grey image placed on the page's top-left point coordinates; refuses a page whose
     * images (read from their dictionaries, not decoded) or rendering would exceed the pixel limit.
     */
    static PageImage forOcr(PDPage page, int pageIndex, PDFRenderer renderer, Box pageBox, DocumentLimits limits,
                            String displayName) throws IOException, InputException {
        ScanProbe probe = probe(page);
        String where = "page " + (pageIndex + 1);
        limits.checkPixels(probe.largestWidth, probe.largestHeight, where + ", an image", displayName);
        ScanProbe.Scan scan = probe.covering();
        // The renderer applies a page rotation and shows what is printed over the scan; a decoded image would not.
        if (scan != null && !probe.visibleText && page.getRotation() % 360 == 0) {
            return PageImage.of(decode(scan.image()), scan.dpi(), scan.onPage());
        }
        int dpi = scan == null ? RENDER_DPI : Math.max(MIN_SCAN_DPI, Math.min(MAX_SCAN_DPI, scan.dpi()));
        limits.checkPixels(Math.round(pageBox.width() * dpi / 72), Math.round(pageBox.height() * dpi / 72),
            where + " rendered at " + dpi + " dpi", displayName);
        return PageImage.of(renderer.renderImageWithDPI(pageIndex, dpi, ImageType.GRAY), dpi, pageBox);
    }

    /**
     * The scan's pixels. A plain grey or RGB JPEG, the usual scan, is decoded by ImageIO straight to grey
     * or RGB bytes: PDFBox would convert every pixel to an int-RGB image first (0.2 to 0.5 s a page).
     */
    static BufferedImage decode(PDImage image) throws IOException {
        if (image instanceof PDImageXObject xobject && isPlainJpeg(xobject)) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
            try (InputStream jpeg = xobject.getStream().createInputStream(List.of(COSName.DCT_DECODE.getName()));
                 ImageInputStream in = new MemoryCacheImageInputStream(jpeg)) {
                reader.setInput(in, true, true);
                BufferedImage decoded = reader.read(0);
                if (decoded.getType() == BufferedImage.TYPE_BYTE_GRAY || decoded.getType() == BufferedImage.TYPE_3BYTE_BGR) {
                    return decoded;
                }
            } catch (IIOException e) {
                // CMYK, YCCK and other JPEGs ImageIO will not read alone: PDFBox's own decoding copes
            } finally {
                reader.dispose();
            }
        }
        return image.getImage();
    }

    /** A JPEG whose pixels are the page as is: no other filter or parameters, no decode array, no mask, grey or RGB. */
    private static boolean isPlainJpeg(PDImageXObject image) throws IOException {
        COSDictionary dictionary = image.getCOSObject();
        PDColorSpace colorSpace = image.getColorSpace();
        return List.of(COSName.DCT_DECODE).equals(image.getStream().getFilters())
            && image.getBitsPerComponent() == 8 && image.getDecode() == null
            && !dictionary.containsKey(COSName.DECODE_PARMS) && !dictionary.containsKey(COSName.SMASK)
            && !dictionary.containsKey(COSName.MASK)
            && (colorSpace instanceof PDDeviceGray || colorSpace instanceof PDDeviceRGB);
    }

    private static ScanProbe probe(PDPage page) throws IOException {
        ScanProbe probe = new ScanProbe(page);
        probe.processPage(page);
        return probe;
    }

    /** Notes the images drawn, with the placement of upright ones, and whether any glyph is painted visibly. */
    private static final class ScanProbe extends PDFGraphicsStreamEngine {

        /** A scan image, its resolution and its rectangle in page points (top-left origin). */
        record Scan(PDImage image, int dpi, Box onPage) {
        }

        private final PDRectangle crop;
        private final List<Scan> uprightImages = new ArrayList<>();
        private int otherImages;
        private boolean visibleText;
        /** The image of most pixels drawn on the page, any placement: rendering decodes it whole. */
        private long largestWidth;
        private long largestHeight;

        ScanProbe(PDPage page) {
            super(page);
            crop = page.getCropBox();
        }

        /** The page's only image when it is upright and covers the page. */
        Scan covering() {
            if (uprightImages.size() != 1 || otherImages > 0) {
                return null;
            }
            Scan scan = uprightImages.get(0);
            Box page = new Box(0, 0, crop.getWidth(), crop.getHeight());
            double overlapWidth = Math.min(page.right(), scan.onPage().right()) - Math.max(0, scan.onPage().x());
            double overlapHeight = Math.min(page.bottom(), scan.onPage().bottom()) - Math.max(0, scan.onPage().y());
            boolean covers = overlapWidth > 0 && overlapHeight > 0
                && overlapWidth * overlapHeight >= MIN_COVER * page.width() * page.height();
            return covers ? scan : null;
        }

        @Override
        public void drawImage(PDImage image) {
            if ((long) image.getWidth() * image.getHeight() > largestWidth * largestHeight) {
                largestWidth = image.getWidth();
                largestHeight = image.getHeight();
            }
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            boolean upright = ctm.getShearX() == 0 && ctm.getShearY() == 0 && ctm.getScaleX() > 0 && ctm.getScaleY() > 0;
            if (!upright || image.isStencil()) {
                otherImages++;
                return;
            }
            double width = ctm.getScaleX();
            double height = ctm.getScaleY();
            Box onPage = new Box(ctm.getTranslateX() - crop.getLowerLeftX(),
                crop.getUpperRightY() - (ctm.getTranslateY() + height), width, height);
            int dpi = (int) Math.round((image.getWidth() / width + image.getHeight() / height) * 72 / 2);
            uprightImages.add(new Scan(image, dpi, onPage));
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
            RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
            visibleText |= mode.isFill() || mode.isStroke(); // an old OCR layer is invisible text
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
