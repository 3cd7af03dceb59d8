package vn.kehoach.extract;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.kehoach.testing.A4Text;

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
    private static final float ORDER_CENTRE = 95;
    private static final float LABEL_LEFT = 120;
    private static final float SHARE_RIGHT = 440;

    private TypesetTable() {
    }

    static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, FONT);
            try (PDPageContentStream s = page(doc)) {
                A4Text text = new A4Text(s, font, SIZE);
                text.left(85, 80, "Kết quả rà soát hộ nghèo năm 2023 của các khu phố trên địa bàn thị trấn.");
                text.left(85, 98, "Cụ thể như sau:");
                text.centred(ORDER_CENTRE, 130, "STT");
                text.left(LABEL_LEFT, 130, "Đơn vị");
                text.centred((COUNT_RIGHT + SHARE_RIGHT) / 2 - 10, 130, "Hộ nghèo cuối năm 2023");
                text.right(COUNT_RIGHT, 148, "Số hộ");
                text.right(SHARE_RIGHT, 148, "Tỷ lệ %");
                row(text, 172, "1", "Khu phố 1", "236", "1,25");
                row(text, 190, "2", "Khu phố 2", "1.112", "0,31");
                row(text, 208, "3", "Khu phố Thanh", "318", "3,14");
                text.left(LABEL_LEFT, 224, "Nhàn");
            }
            try (PDPageContentStream s = page(doc)) {
                A4Text text = new A4Text(s, font, SIZE);
                row(text, 80, "4", "Khu phố Giang", "246", "1,22");
                row(text, 98, "5", "Khu phố Cao Mật", "200", "0,50");
                row(text, 116, "", "Tổng cộng", "2.112", "1,28");
                text.left(85, 150, "Trên đây là kết quả rà soát hộ nghèo năm 2023.");
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

    private static void row(A4Text text, float y, String order, String label, String count, String share) throws IOException {
        if (!order.isEmpty()) {
            text.centred(ORDER_CENTRE, y, order);
        }
        text.left(LABEL_LEFT, y, label);
        text.right(COUNT_RIGHT, y, count);
        text.right(SHARE_RIGHT, y, share);
    }
}
