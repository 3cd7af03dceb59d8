package vn.kehoach.review;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.kehoach.samples.OfficeScanner;

/**
 * A one-page commune plan in the manner of seed 000, typeset in DejaVu Serif and put through the office
 * scanner: its health-insurance table's total row prints 4.471 cards where the rows add up to 4.465,
 * so extraction finds a column-sum error whose cells have OCR boxes to crop.
 */
final class ScannedTablePlan {

    static final String WRONG_TOTAL = "4.471";
    private static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    private static final float SIZE = 12;
    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    private static final float ORDER_CENTRE = 95;
    private static final float LABEL_LEFT = 120;
    private static final float PEOPLE_RIGHT = 360;
    private static final float CARDS_RIGHT = 470;
    private static final String[][] ROWS = {
        {"1", "Khu phố 1", "850", "806"},
        {"2", "Khu phố 2", "841", "799"},
        {"3", "Khu phố 3", "1.265", "1.203"},
        {"4", "Khu phố Thanh Nhàn", "1.018", "967"},
        {"5", "Khu phố Cao Mật", "721", "690"},
        {"", "Tổng cộng", "4.695", WRONG_TOTAL},
    };

    private ScannedTablePlan() {
    }

    /** Writes the scanned PDF to {@code pdf}. */
    static Path write(Path pdf) throws IOException {
        Path typed = Files.createTempFile("kehoach-typed-", ".pdf");
        try {
            typeset(typed);
            OfficeScanner.writeImagePdf(OfficeScanner.scan(typed, 7_000L), pdf);
            return pdf;
        } finally {
            Files.deleteIfExists(typed);
        }
    }

    private static void typeset(Path typed) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, FONT);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                left(s, font, 85, 80, "ỦY BAN NHÂN DÂN THỊ TRẤN VĨNH LỘC");
                centred(s, font, 297, 120, "KẾ HOẠCH");
                centred(s, font, 297, 138, "Phát triển bảo hiểm y tế năm 2023");
                left(s, font, 85, 175, "Chỉ tiêu phát triển bảo hiểm y tế của các khu phố như sau:");
                centred(s, font, ORDER_CENTRE, 205, "STT");
                left(s, font, LABEL_LEFT, 205, "Đơn vị");
                centred(s, font, (PEOPLE_RIGHT + CARDS_RIGHT) / 2 - 20, 205, "Năm 2023");
                right(s, font, PEOPLE_RIGHT, 223, "Số khẩu");
                right(s, font, CARDS_RIGHT, 223, "Số thẻ BHYT");
                float y = 247;
                for (String[] row : ROWS) {
                    if (!row[0].isEmpty()) {
                        centred(s, font, ORDER_CENTRE, y, row[0]);
                    }
                    left(s, font, LABEL_LEFT, y, row[1]);
                    right(s, font, PEOPLE_RIGHT, y, row[2]);
                    right(s, font, CARDS_RIGHT, y, row[3]);
                    y += 18;
                }
                left(s, font, 85, y + 20, "Trên đây là kế hoạch phát triển bảo hiểm y tế năm 2023 của thị trấn.");
            }
            doc.save(typed.toFile());
        }
    }

    private static void left(PDPageContentStream s, PDType0Font font, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, SIZE);
        s.newLineAtOffset(x, PAGE_HEIGHT - y);
        s.showText(text);
        s.endText();
    }

    private static void right(PDPageContentStream s, PDType0Font font, float right, float y, String text) throws IOException {
        left(s, font, right - font.getStringWidth(text) / 1000 * SIZE, y, text);
    }

    private static void centred(PDPageContentStream s, PDType0Font font, float centre, float y, String text) throws IOException {
        left(s, font, centre - font.getStringWidth(text) / 1000 * SIZE / 2, y, text);
    }
}
