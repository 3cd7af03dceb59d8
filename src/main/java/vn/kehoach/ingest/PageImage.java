package vn.kehoach.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import vn.kehoach.model.Box;

/**
 * An 8-bit grey image to OCR and where it lies on its page: {@code onPage} is the image's rectangle in
 * page points, so that pixel boxes map to the page however the image was scaled or placed.
 */
public record PageImage(byte[] grey, int width, int height, int dpi, Box onPage) {

    public PageImage {
        if ((long) width * height != grey.length) {
            throw new IllegalArgumentException("expected " + width + "x" + height + " grey bytes, got " + grey.length);
        }
    }

    /** An image that is a whole page by itself (an image file): the page is its size at the dpi. */
    public static PageImage wholePage(BufferedImage image, int dpi) {
        return of(image, dpi, new Box(0, 0, image.getWidth() * 72.0 / dpi, image.getHeight() * 72.0 / dpi));
    }

    /** Converts to grey once (luma, transparency over white) whatever the colour model. */
    public static PageImage of(BufferedImage image, int dpi, Box onPage) {
        int w = image.getWidth();
        int h = image.getHeight();
        if ((long) w * h > Integer.MAX_VALUE - 8) {
            // Callers check DocumentLimits first; this guards the array size whatever the limits.
            throw new IllegalArgumentException("image of " + w + "x" + h + " pixels does not fit in one grey buffer");
        }
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getDataBuffer() instanceof DataBufferByte db
            && db.getNumBanks() == 1 && db.getData().length == w * h) {
            return new PageImage(db.getData(), w, h, dpi, onPage);
        }
        byte[] grey = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int luma = (299 * (argb >> 16 & 0xff) + 587 * (argb >> 8 & 0xff) + 114 * (argb & 0xff)) / 1000;
                int alpha = argb >>> 24;
                grey[y * w + x] = (byte) ((luma * alpha + 255 * (255 - alpha)) / 255);
            }
        }
        return new PageImage(grey, w, h, dpi, onPage);
    }

    /** A pixel rectangle (left, top, right, bottom) as a box in page points. */
    public Box toPage(int left, int top, int right, int bottom) {
        double sx = onPage.width() / width;
        double sy = onPage.height() / height;
        return new Box(onPage.x() + left * sx, onPage.y() + top * sy, (right - left) * sx, (bottom - top) * sy);
    }
}
