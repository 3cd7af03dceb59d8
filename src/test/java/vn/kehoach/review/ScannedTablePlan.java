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
import vn.kehoach.testing.A4Text;

/**
 * A one-page commune plan in the manner of seed 000, typeset in DejaVu Serif and put through the office
 * scanner: its health-insurance table's total row prints 4.471 cards where the rows add up to 4.465,
 * so extraction finds a column-sum error whose cells have OCR boxes to crop.
 */
final class ScannedTablePlan {

    static final String WRONG_TOTAL = "4.471";
    private static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    private static final float SIZE = 12;
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
                A4Text text = new A4Text(s, font, SIZE);
                text.left(85, 80, "ỦY BAN NHÂN DÂN THỊ TRẤN VĨNH LỘC");
                text.centred(297, 120, "KẾ HOẠCH");
                text.centred(297, 138, "Phát triển bảo hiểm y tế năm 2023");
                text.left(85, 175, "Chỉ tiêu phát triển bảo hiểm y tế của các khu phố như sau:");
                text.centred(ORDER_CENTRE, 205, "STT");
                text.left(LABEL_LEFT, 205, "Đơn vị");
                text.centred((PEOPLE_RIGHT + CARDS_RIGHT) / 2 - 20, 205, "Năm 2023");
                text.right(PEOPLE_RIGHT, 223, "Số khẩu");
                text.right(CARDS_RIGHT, 223, "Số thẻ BHYT");
                float y = 247;
                for (String[] row : ROWS) {
                    if (!row[0].isEmpty()) {
                        text.centred(ORDER_CENTRE, y, row[0]);
                    }
                    text.left(LABEL_LEFT, y, row[1]);
                    text.right(PEOPLE_RIGHT, y, row[2]);
                    text.right(CARDS_RIGHT, y, row[3]);
                    y += 18;
                }
                text.left(85, y + 20, "Trên đây là kế hoạch phát triển bảo hiểm y tế năm 2023 của thị trấn.");
            }
            doc.save(typed.toFile());
        }
    }
}
