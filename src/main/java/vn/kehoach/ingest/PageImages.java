package vn.kehoach.ingest;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import vn.kehoach.model.Box;

/**
 * The image of a PDF page to OCR. A scanned page is usually one image drawn over the whole page: that
 * image is decoded directly at its own resolution, which saves rendering (about 0.9 s a page at 300
 * dpi, a third of the OCR time). Any other page is rendered at 300 dpi in grey.
 */
final class PageImages {

    static final int RENDER_DPI = 300;
    /** The scan must cover this share of the page to stand for it. */
    private static final double MIN_COVER = 0.9;
    /** Below this a scan is rendered at 300 dpi instead: Tesseract reads upsampled small print better. */
    private static final int MIN_DIRECT_DPI = 150;

    private PageImages() {
    }

    /** The one image covering the page that is worth OCR'ing directly, if the page is such a scan. */
    static ScanProbe.Scan scanOf(PDPage page) throws IOException {
        if (page.getRotation() % 360 != 0) {
            return null; // the renderer applies the rotation; a decoded image would lie on its side
        }
        ScanProbe probe = new ScanProbe(page);
        probe.processPage(page);
        return probe.scan();
    }

    /** The page as a grey image placed on the page's top-left point coordinates. */
    static PageImage forOcr(PDPage page, int pageIndex, PDFRenderer renderer, Box pageBox) throws IOException {
        ScanProbe.Scan scan = scanOf(page);
        if (scan != null && scan.dpi() >= MIN_DIRECT_DPI) {
            PageImage.checkSize(scan.image().getWidth(), scan.image().getHeight());
            return PageImage.of(scan.image().getImage(), scan.dpi(), scan.onPage());
        }
        PageImage.checkSize(Math.round(pageBox.width() * RENDER_DPI / 72), Math.round(pageBox.height() * RENDER_DPI / 72));
        return PageImage.of(renderer.renderImageWithDPI(pageIndex, RENDER_DPI, ImageType.GRAY), RENDER_DPI, pageBox);
    }

    /** Notes every upright image drawn (with its placement) and anything else painted that only rendering shows. */
    static final class ScanProbe extends PDFGraphicsStreamEngine {

        /** A scan image, its resolution and its rectangle in page points (top-left origin). */
        record Scan(PDImage image, int dpi, Box onPage) {
        }

        private final PDRectangle crop;
        private final List<Scan> images = new ArrayList<>();
        private boolean otherPainting;

        ScanProbe(PDPage page) {
            super(page);
            crop = page.getCropBox();
        }

        /** The single upright image covering the page, when nothing else is painted but invisible text. */
        Scan scan() {
            if (images.size() != 1 || otherPainting) {
                return null;
            }
            Scan scan = images.get(0);
            Box page = new Box(0, 0, crop.getWidth(), crop.getHeight());
            double overlapWidth = Math.min(page.right(), scan.onPage().right()) - Math.max(0, scan.onPage().x());
            double overlapHeight = Math.min(page.bottom(), scan.onPage().bottom()) - Math.max(0, scan.onPage().y());
            boolean covers = overlapWidth > 0 && overlapHeight > 0
                && overlapWidth * overlapHeight >= MIN_COVER * page.width() * page.height();
            return covers ? scan : null;
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            boolean upright = ctm.getShearX() == 0 && ctm.getShearY() == 0 && ctm.getScaleX() > 0 && ctm.getScaleY() > 0;
            if (!upright || image.isStencil()) {
                otherPainting = true;
                return;
            }
            double width = ctm.getScaleX();
            double height = ctm.getScaleY();
            Box onPage = new Box(ctm.getTranslateX() - crop.getLowerLeftX(),
                crop.getUpperRightY() - (ctm.getTranslateY() + height), width, height);
            int dpi = (int) Math.round((image.getWidth() / width + image.getHeight() / height) * 72 / 2);
            images.add(new Scan(image, dpi, onPage));
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
            RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
            otherPainting |= mode.isFill() || mode.isStroke(); // an old OCR layer is invisible text
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
