package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.DocumentInfo;
import vn.kehoach.model.PlanDocument;

/**
 * A clean typed header whose two columns arrive merged line by line, as PDF text layers and OCR give
 * them: issuer over its parent, both motto lines, number and symbol beside place and date.
 */
class TypedHeaderTest {

    private static final String PLAN = """
        UBND TỈNH THANH HÓA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        SỞ Y TẾ Độc lập - Tự do - Hạnh phúc
        Số: 242/KH-SYT Thanh Hóa, ngày 10 tháng 02 năm 2020

        KẾ HOẠCH
        Thực hiện Chương trình giảm nghèo nhanh và bền vững năm 2020

        Căn cứ Quyết định số 1722/QĐ-TTg ngày 02/9/2016 của Thủ tướng Chính phủ về phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2016-2020;

        I. MỤC TIÊU
        1. Phấn đấu giảm tỷ lệ hộ nghèo từ 12,5% xuống còn 10% trước tháng 12/2020.

        II. KINH PHÍ
        Tổng kinh phí 250 triệu đồng từ ngân sách tỉnh.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        GIÁM ĐỐC
        Trịnh Hữu Hùng
        """;

    @Test
    void closingColumnsReadSideBySide(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("closing.txt");
        String closing = PLAN.substring(0, PLAN.indexOf("Nơi nhận:")) + """
            Nơi nhận: KT. CHỦ TỊCH
            - Như trên; PHÓ CHỦ TỊCH
            - Sở Tài chính (p/h);
            - Lưu: VT. Lê Văn Tám
            """;
        Files.writeString(file, closing);
        DocumentInfo info = Extraction.PIPELINE.run(file, "closing.txt").document();
        assertEquals("KT. CHỦ TỊCH", info.signer().authority());
        assertEquals("PHÓ CHỦ TỊCH", info.signer().position());
        assertEquals("Lê Văn Tám", info.signer().name());
        assertEquals(java.util.List.of("Như trên", "Sở Tài chính", "Lưu: VT"),
            info.recipients().stream().map(DocumentInfo.Recipient::name).toList());
    }

    /** The layout of gazette (Công báo) text: a running head, the issuer block, then "Kế hoạch số:", then the motto. */
    @Test
    void verticalHeaderUnderARunningHead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gazette.txt");
        Files.writeString(file, """
            CÔNG BÁO/Số 751 + 752/Ngày 10-10-2022

            BỘ Y TẾ

            ỦY BAN NHÂN DÂN
            TỈNH THANH HÓA

            Kế hoạch số: 12/KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Thanh Hóa, ngày 05 tháng 3 năm 2022

            KẾ HOẠCH
            Phòng, chống dịch bệnh năm 2022
            """);
        DocumentInfo info = Extraction.PIPELINE.run(file, "gazette.txt").document();
        assertEquals("Ủy ban nhân dân tỉnh Thanh Hóa", info.issuer().value());
        assertEquals(5, info.issuer().span().line());
        assertEquals(6, info.issuer().span().endLine());
        assertEquals(null, info.parentIssuer().value());
        assertEquals("Thanh Hóa", info.place().value());
        assertEquals("2022-03-05", info.issueDate().value());
        assertEquals("12", info.number().value());
    }

    @Test
    void capitalsFarAboveTheMottoAreNotTheIssuer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("page.txt");
        Files.writeString(file, "TRANG CHỦ\nVĂN BẢN MỚI\nTIN TỨC\nLIÊN HỆ\n\n" + PLAN);
        DocumentInfo info = Extraction.PIPELINE.run(file, "page.txt").document();
        assertEquals("Sở Y tế", info.issuer().value());
        assertEquals("UBND tỉnh Thanh Hóa", info.parentIssuer().value());
        assertEquals(6, info.parentIssuer().span().line());
    }

    @Test
    void twoColumnHeaderMergedIntoLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.txt");
        Files.writeString(file, PLAN);
        PlanDocument document = Extraction.PIPELINE.run(file, "plan.txt");
        Extraction.assertValid(document);
        DocumentInfo info = document.document();

        assertEquals("Sở Y tế", info.issuer().value());
        assertEquals("UBND tỉnh Thanh Hóa", info.parentIssuer().value());
        assertEquals("242", info.number().value());
        assertEquals("KH-SYT", info.symbol().value());
        assertEquals("Thanh Hóa", info.place().value());
        assertEquals("2020-02-10", info.issueDate().value());
        assertEquals(0.95, info.number().confidence(), 1e-9);
        assertTrue(info.components().get(0).confidence() > 0.9, "both motto lines");
        assertEquals(1, info.components().get(0).span().line());
        assertEquals(2, info.components().get(0).span().endLine());

        assertEquals("1722/QĐ-TTg", info.legalBases().get(0).reference());
        assertEquals("Quyết định", info.legalBases().get(0).type());
        assertEquals("Thủ tướng Chính phủ", info.legalBases().get(0).issuer());
        assertEquals("2016-09-02", info.legalBases().get(0).date());

        assertEquals("GIÁM ĐỐC", info.signer().position());
        assertEquals("Trịnh Hữu Hùng", info.signer().name());
        assertEquals(null, info.signer().authority(), "signing in one's own name has no TM./KT. prefix");
        assertEquals(2, info.recipients().size());
        assertTrue(info.missing().equals(java.util.List.of("component:seal")), info.missing().toString());

        var target = document.plan().targets().get(0);
        assertEquals("giảm tỷ lệ hộ nghèo", target.indicator());
        assertEquals("10", target.value());
        assertEquals("12.5", target.baseline().value());
        assertEquals("trước tháng 12/2020", target.deadline());
        assertEquals(250_000_000L, document.plan().funding().amounts().get(0).dong());
    }
}
