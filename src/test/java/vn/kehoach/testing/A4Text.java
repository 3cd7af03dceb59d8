package vn.kehoach.testing;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Sets text on an A4 page at positions measured from the page's top-left, as the model's boxes are, so
 * that a fixture reads in the coordinates its assertions use.
 */
public record A4Text(PDPageContentStream stream, PDType0Font font, float size) {

    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

    /** Text starting at x, its baseline y points below the top of the page. */
    public void left(float x, float y, String text) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, PAGE_HEIGHT - y);
        stream.showText(text);
        stream.endText();
    }

    /** Text ending at {@code right}, as figures in a column are set. */
    public void right(float right, float y, String text) throws IOException {
        left(right - width(text), y, text);
    }

    public void centred(float centre, float y, String text) throws IOException {
        left(centre - width(text) / 2, y, text);
    }

    private float width(String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
