package vn.kehoach.review;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;
import vn.kehoach.model.Box;

/**
 * Cuts the part of a page image a finding involves and marks it: the cells it points at framed in red
 * over a light fill, the other values its evidence read framed in blue.
 */
final class CropPainter {

    /** Margin around the involved boxes, in points: enough to see the neighbouring cells. */
    static final double PAD_POINTS = 18;
    private static final Color POINTED = new Color(0xD0, 0x1C, 0x1C);
    private static final Color POINTED_FILL = new Color(0xFF, 0xD5, 0x4F, 0x50);
    private static final Color EVIDENCE = new Color(0x1E, 0x5A, 0xC8);

    private CropPainter() {
    }

    /** The marked crop; the focus must have boxes. */
    static BufferedImage paint(PageRaster.Raster raster, FindingFocus focus) {
        double scale = raster.pixelsPerPoint();
        Box all = Stream.concat(focus.pointedBoxes().stream(), focus.evidenceBoxes().stream())
            .reduce(Box::union).orElseThrow(() -> new IllegalArgumentException("a finding without boxes has no crop"));
        if (focus.context() != null) {
            all = all.union(focus.context());
        }
        Rectangle page = new Rectangle(raster.image().getWidth(), raster.image().getHeight());
        Rectangle region = pixels(new Box(all.x() - PAD_POINTS, all.y() - PAD_POINTS,
            all.width() + 2 * PAD_POINTS, all.height() + 2 * PAD_POINTS), scale).intersection(page);
        if (region.isEmpty()) {
            throw new IllegalArgumentException("the involved boxes lie outside the page image");
        }
        // An RGB copy: the page may be a grey scan, and the marks are coloured.
        BufferedImage crop = new BufferedImage(region.width, region.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = crop.createGraphics();
        try {
            g.drawImage(raster.image(), -region.x, -region.y, null);
            g.translate(-region.x, -region.y);
            float stroke = (float) Math.max(2, scale * 1.2);
            g.setStroke(new BasicStroke(stroke));
            draw(g, focus.evidenceBoxes(), scale, stroke, null, EVIDENCE);
            draw(g, focus.pointedBoxes(), scale, stroke, POINTED_FILL, POINTED);
        } finally {
            g.dispose();
        }
        return crop;
    }

    private static void draw(Graphics2D g, List<Box> boxes, double scale, float stroke, Color fill, Color frame) {
        for (Box box : boxes) {
            Rectangle r = pixels(box, scale);
            r.grow(Math.round(stroke * 1.5f), Math.round(stroke * 1.5f)); // frame around the glyphs, not on them
            if (fill != null) {
                g.setColor(fill);
                g.fill(r);
            }
            g.setColor(frame);
            g.draw(r);
        }
    }

    private static Rectangle pixels(Box box, double scale) {
        int left = (int) Math.floor(box.x() * scale);
        int top = (int) Math.floor(box.y() * scale);
        int right = (int) Math.ceil(box.right() * scale);
        int bottom = (int) Math.ceil(box.bottom() * scale);
        return new Rectangle(left, top, right - left, bottom - top);
    }
}
