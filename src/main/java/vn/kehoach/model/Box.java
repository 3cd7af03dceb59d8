package vn.kehoach.model;

/**
 * A rectangle on a page in PDF points (1/72 inch), origin at the page's top-left corner, y growing
 * downwards. OCR boxes are converted from pixels with the image's resolution so that every paged
 * source shares one coordinate system.
 */
public record Box(double x, double y, double width, double height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative box size: " + width + "x" + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }
}
