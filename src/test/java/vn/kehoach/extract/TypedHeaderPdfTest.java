package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.DocumentInfo;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Section;

/**
 * A typed PDF laid out as Decree 30 sets a plan: the header in two columns (issuer over its parent on
 * the left, the motto on the right, number and symbol beside place and date), headings in bold, and the
 * closing in two columns ("Nơi nhận" left, the signature block right), all as positioned text.
 */
class TypedHeaderPdfTest {

    private static final File REGULAR = new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    private static final File BOLD = new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf");
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float LEFT_CENTRE = 160;
    private static final float RIGHT_CENTRE = 400;

    @Test
    void headerAndClosingInTwoColumns(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("typed-header.pdf");
        write(pdf);
        PlanDocument document = Extraction.sample(Extraction.PIPELINE, pdf);
        DocumentInfo info = document.document();
        assertEquals("Sở Y tế", info.issuer().value());
        assertEquals("UBND tỉnh Thanh Hóa", info.parentIssuer().value());
        assertEquals("242", info.number().value());
        assertEquals("KH-SYT", info.symbol().value());
        assertEquals("Thanh Hóa", info.place().value());
        assertEquals("2020-02-10", info.issueDate().value());
        assertEquals("Kế hoạch thực hiện Chương trình giảm nghèo nhanh và bền vững năm 2020", info.title().value());
        assertEquals(List.of("1722/QĐ-TTg"), info.legalBases().stream().map(b -> b.reference()).toList());
        assertEquals(List.of("I. MỤC TIÊU objectives", "II. KINH PHÍ funding"),
            document.sections().stream().map(s -> s.number() + " " + s.heading() + " " + s.role().id()).toList());
        assertEquals("KT. GIÁM ĐỐC", info.signer().authority());
        assertEquals("PHÓ GIÁM ĐỐC", info.signer().position());
        assertEquals("Nguyễn Bá Cẩn", info.signer().name());
        assertEquals(List.of("Như trên (null)", "UBND tỉnh (b/c)", "Lưu: VT, KHTC (null)"),
            info.recipients().stream().map(r -> r.name() + " (" + r.purpose() + ")").toList());
        Section aims = document.sections().get(0);
        assertEquals(1, aims.passages().size());
    }

    private static void write(Path pdf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = PDType0Font.load(doc, REGULAR);
            PDFont bold = PDType0Font.load(doc, BOLD);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                centred(s, regular, 12, LEFT_CENTRE, 60, "UBND TỈNH THANH HÓA");
                centred(s, bold, 12, RIGHT_CENTRE, 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                centred(s, bold, 12, LEFT_CENTRE, 76, "SỞ Y TẾ");
                centred(s, bold, 13, RIGHT_CENTRE, 76, "Độc lập - Tự do - Hạnh phúc");
                centred(s, regular, 13, LEFT_CENTRE, 104, "Số: 242/KH-SYT");
                centred(s, regular, 13, RIGHT_CENTRE, 104, "Thanh Hóa, ngày 10 tháng 02 năm 2020");
                centred(s, bold, 14, 297, 150, "KẾ HOẠCH");
                centred(s, bold, 14, 297, 168, "Thực hiện Chương trình giảm nghèo nhanh và bền vững năm 2020");
                text(s, regular, 13, 85, 210, "Căn cứ Quyết định số 1722/QĐ-TTg ngày 02/9/2016 của Thủ tướng Chính phủ;");
                text(s, bold, 13, 85, 240, "I. MỤC TIÊU");
                text(s, regular, 13, 85, 258, "Phấn đấu giảm tỷ lệ hộ nghèo từ 12,5% xuống còn 10% trước tháng 12/2020.");
                text(s, bold, 13, 85, 288, "II. KINH PHÍ");
                text(s, regular, 13, 85, 306, "Tổng kinh phí 250 triệu đồng từ ngân sách tỉnh.");
                text(s, bold, 11, 85, 350, "Nơi nhận:");
                centred(s, bold, 13, RIGHT_CENTRE, 350, "KT. GIÁM ĐỐC");
                text(s, regular, 11, 85, 364, "- Như trên;");
                centred(s, bold, 13, RIGHT_CENTRE, 366, "PHÓ GIÁM ĐỐC");
                text(s, regular, 11, 85, 378, "- UBND tỉnh (b/c);");
                text(s, regular, 11, 85, 392, "- Lưu: VT, KHTC.");
                centred(s, bold, 13, RIGHT_CENTRE, 440, "Nguyễn Bá Cẩn");
            }
            doc.save(pdf.toFile());
        }
    }

    private static void centred(PDPageContentStream s, PDFont font, float size, float centre, float top, String text) throws IOException {
        text(s, font, size, centre - font.getStringWidth(text) / 1000 * size / 2, top, text);
    }

    private static void text(PDPageContentStream s, PDFont font, float size, float x, float top, String text) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, HEIGHT - top);
        s.showText(text);
        s.endText();
    }
}
