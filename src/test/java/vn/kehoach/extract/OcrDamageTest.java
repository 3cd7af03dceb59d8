package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.DocumentInfo;
import vn.kehoach.model.PlanContent.Responsibility;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.SectionRole;

/**
 * Damage a Vietnamese OCR does to a typed plan (the kinds seen on the scan of seed 003), as plain text so
 * that it runs without Tesseract: Roman numerals without their full stop or with "I." read as "L", a
 * heading word with letters inserted, an item number read as a bullet, a recipient without its dash.
 */
class OcrDamageTest {

    private static final String PLAN = """
        KẾ HOẠCH
        Hỗ trợ xã Xuân Chinh năm 2020

        Thực hiện Kế hoạch số 25/KH-UBND ngày 22/01/2020 của UBND tỉnh Thanh Hóa;

        I. MỤC ĐÍCH, YÊU CẦU
        Nâng cao chất lượng chăm sóc sức khỏe nhân dân.

        IL NHIỆM VỤ VÀ GIẢI PHÁP
        Huy động mọi nguồn lực để hỗ trợ xã Xuân Chinh.

        II KIUŨNH PHÍ THỤC HIỆN
        Kinh phí huy động từ nguồn thu các đơn vị y tế.

        V. TỔ CHÚC THỰC HIỆN
        1. Các phòng, ban trực thuộc Sở chủ động đề xuất nguồn lực.
        - Giao Đoàn Thanh niên chủ trì, phối hợp với Công đoàn ngành tổ chức khám bệnh trước tháng 6/2020.
        3. Giao phòng Kế hoạch Tài chính chủ động triển khai các hoạt động hỗ trợ.

        Nơi nhận:
        - UBND tỉnh (b/c);
        Các phòng, ban VP Sở (t/h);
        - Lưu: VT, KHTC.
        KT. GIÁM ĐỐC
        PHÓ GIÁM ĐỐC
        Nguyễn Bá Cẩn
        """;

    @Test
    void damagedNumeralsAndHeadingsStillOpenTheirSections(@TempDir Path dir) throws Exception {
        PlanDocument document = extract(dir);
        assertEquals(List.of("I. objectives", "II. tasks", "III. funding", "V. organization"),
            document.sections().stream().map(s -> s.number() + " " + s.role().id()).toList());
        assertEquals("KIUŨNH PHÍ THỤC HIỆN", document.sections().get(2).heading(), "the heading stays as printed");
    }

    @Test
    void anItemNumberReadAsABulletIsRecoveredFromItsNeighbours(@TempDir Path dir) throws Exception {
        List<Responsibility> duties = extract(dir).plan().responsibilities();
        assertEquals(List.of("1.", "2.", "3."), duties.stream().map(Responsibility::number).toList());
        assertEquals("Đoàn Thanh niên", duties.get(1).actors().get(0).name());
        assertEquals("trước tháng 6/2020", duties.get(1).deadline());
    }

    @Test
    void aRecipientWithoutItsDashIsKnownByItsPurpose(@TempDir Path dir) throws Exception {
        DocumentInfo info = extract(dir).document();
        assertEquals(List.of("UBND tỉnh", "Các phòng, ban VP Sở", "Lưu: VT, KHTC"),
            info.recipients().stream().map(DocumentInfo.Recipient::name).toList());
        assertEquals("PHÓ GIÁM ĐỐC", info.signer().position());
        assertEquals("Nguyễn Bá Cẩn", info.signer().name());
    }

    @Test
    void roleNearMatchesNeedOneExactWord() {
        assertEquals("funding", SectionRoles.of("KIUŨNH PHÍ THỤC HIỆN", null).id());
        assertEquals("other", SectionRoles.of("PHÁT TRIỂN KINH TẾ", null).id(), "«kinh tế» is no «kinh phí»");
        assertEquals(SectionRole.TASKS, SectionRoles.of("Tích cực trợ giúp pháp lý cho người nghèo", SectionRole.TASKS),
            "«giúp pháp» is no «giải pháp»");
        assertTrue(SectionNumbering.parse("VI PHẠM HÀNH CHÍNH").isEmpty(), "«VI» is also a word");
        assertEquals("IV.", SectionNumbering.parse("IV TỔ CHỨC THỰC HIỆN").orElseThrow().printed());
    }

    private static PlanDocument extract(Path dir) throws Exception {
        Path file = dir.resolve("plan.txt");
        Files.writeString(file, PLAN);
        return Extraction.sample(Extraction.UNREPAIRED, file);
    }
}
