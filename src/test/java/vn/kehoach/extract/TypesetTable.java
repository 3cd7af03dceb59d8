package vn.kehoach.extract;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A table typeset without ruling lines over two A4 pages in DejaVu Serif 12 pt: a caption, a group
 * header over two columns, a label wrapped onto a line of its own, the rest of the rows and the total on
 * page 2 without the header, a paragraph after.
 */
final class TypesetTable {

    static final float SIZE = 12;
    /** Where the figures of the "Số hộ" column end. */
    static final float COUNT_RIGHT = 330;
    private static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    private static final float ORDER_CENTRE = 95;
    private static final float LABEL_LEFT = 120;
    private static final float SHARE_RIGHT = 440;

    private TypesetTable() {
    }

    static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, FONT);
            try (PDPageContentStream s = page(doc)) {
                left(s, font, 85, 80, "Kết quả rà soát hộ nghèo năm 2023 của các khu phố trên địa bàn thị trấn.");
                left(s, font, 85, 98, "Cụ thể như sau:");
                centred(s, font, ORDER_CENTRE, 130, "STT");
                left(s, font, LABEL_LEFT, 130, "Đơn vị");
                centred(s, font, (COUNT_RIGHT + SHARE_RIGHT) / 2 - 10, 130, "Hộ nghèo cuối năm 2023");
                right(s, font, COUNT_RIGHT, 148, "Số hộ");
                right(s, font, SHARE_RIGHT, 148, "Tỷ lệ %");
                row(s, font, 172, "1", "Khu phố 1", "236", "1,25");
                row(s, font, 190, "2", "Khu phố 2", "1.112", "0,31");
                row(s, font, 208, "3", "Khu phố Thanh", "318", "3,14");
                left(s, font, LABEL_LEFT, 224, "Nhàn");
            }
            try (PDPageContentStream s = page(doc)) {
                row(s, font, 80, "4", "Khu phố Giang", "246", "1,22");
                row(s, font, 98, "5", "Khu phố Cao Mật", "200", "0,50");
                row(s, font, 116, "", "Tổng cộng", "2.112", "1,28");
                left(s, font, 85, 150, "Trên đây là kết quả rà soát hộ nghèo năm 2023.");
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PDPageContentStream page(PDDocument doc) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        return new PDPageContentStream(doc, page);
    }

    private static void row(PDPageContentStream s, PDType0Font font, float y, String order, String label, String count,
                            String share) throws IOException {
        if (!order.isEmpty()) {
            centred(s, font, ORDER_CENTRE, y, order);
        }
        left(s, font, LABEL_LEFT, y, label);
        right(s, font, COUNT_RIGHT, y, count);
        right(s, font, SHARE_RIGHT, y, share);
    }

    private static void left(PDPageContentStream s, PDType0Font font, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, SIZE);
        s.newLineAtOffset(x, PAGE_HEIGHT - y);
        s.showText(text);
        s.endText();
    }

    private static void right(PDPageContentStream s, PDType0Font font, float right, float y, String text) throws IOException {
        left(s, font, right - width(font, text), y, text);
    }

    private static void centred(PDPageContentStream s, PDType0Font font, float centre, float y, String text) throws IOException {
        left(s, font, centre - width(font, text) / 2, y, text);
    }

    private static float width(PDType0Font font, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * SIZE;
    }
}
