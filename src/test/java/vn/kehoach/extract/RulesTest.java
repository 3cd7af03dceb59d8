package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoach.ingest.Ingestion;
import vn.kehoach.ingest.PlainTextIngester;
import vn.kehoach.model.PlanContent.Amount;
import vn.kehoach.model.SectionRole;
import vn.kehoach.model.SourceSpan;
import vn.kehoach.pipeline.Pipeline;

class RulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I. MỤC TIÊU                   | I.            | 1",
        "V.TO CHUC THUC HIEN           | V.            | 1",
        "1.1.Thwe hign chinh sach      | 1.1.          | 3",
        "2.1.1 Đối tượng               | 2.1.1         | 4",
        "a) Rà soát hộ nghèo           | a)            | 10",
        "Phần thứ nhất: ĐÁNH GIÁ       | Phần thứ nhất | 0"})
    void numberingAsPrinted(String line, String printed, int rank) {
        SectionNumbering n = SectionNumbering.parse(line).orElseThrow();
        assertEquals(printed, n.printed());
        assertEquals(rank, n.rank());
    }

    @Test
    void numbersThatOpenNoPart() {
        assertTrue(SectionNumbering.parse("7.544 người chiếm tỷ lệ 87,97%").isEmpty());
        assertTrue(SectionNumbering.parse("2023 tổng số người tham gia").isEmpty());
        assertTrue(SectionNumbering.parse("Chương trình giảm nghèo").isEmpty());
        assertTrue(SectionNumbering.parse("I. đây là chữ thường").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UBND TỈNH THANH HÓA         | UBND tỉnh Thanh Hóa",
        "SỞ Y TẾ                     | Sở Y tế",
        "THI TRAN VINH LOC           | Thi tran Vinh Loc",
        "ỦY BAN NHÂN DÂN HUYỆN THƯỜNG XUÂN | Ủy ban nhân dân huyện Thường Xuân",
        "Sở Y tế Thanh Hóa           | Sở Y tế Thanh Hóa"})
    void namesInRunningTextCase(String printed, String expected) {
        assertEquals(expected, NameCase.of(printed));
    }

    @Test
    void rolesFromHeadingsOrTheParent() {
        assertEquals(SectionRole.TARGETS, SectionRoles.of("Mục tiêu cụ thể", SectionRole.OBJECTIVES));
        assertEquals(SectionRole.TARGETS, SectionRoles.of("Muc tiéu giam h¢ ngheo", SectionRole.TARGETS));
        assertEquals(SectionRole.FUNDING, SectionRoles.of("KINH PHÍ THỰC HIỆN", null));
        assertEquals(SectionRole.ORGANIZATION, SectionRoles.of("Công chức Tư pháp - Hộ tịch", SectionRole.ORGANIZATION));
        assertEquals(SectionRole.REPORTING, SectionRoles.of("CHẾ ĐỘ BÁO CÁO", null));
        assertEquals(SectionRole.OTHER, SectionRoles.of("Khen thưởng", null));
    }

    @Test
    void sumsOfMoneyInDong() {
        SourceSpan span = new SourceSpan(1, 1, 1, 1);
        List<Amount> amounts = MoneyParser.parse(
            "Tổng kinh phí 1,5 tỷ đồng, trong đó ngân sách tỉnh 120 triệu đồng và 500.000 đồng mỗi hộ; lao động 12 người.", span);
        assertEquals(List.of(1_500_000_000L, 120_000_000L, 500_000L), amounts.stream().map(Amount::dong).toList());
        assertEquals("1,5 tỷ đồng", amounts.get(0).text());
        assertEquals("tỷ đồng", amounts.get(0).unit());
    }

    @Test
    void targetValuesAfterABound() {
        var targets = TargetParser.parse("Tỷ lệ hài lòng của người dân đạt tối thiểu 90% vào năm 2025.", new SourceSpan(1, 1, 1, 1));
        assertEquals(1, targets.size());
        assertEquals("Tỷ lệ hài lòng của người dân", targets.get(0).indicator());
        assertEquals("90", targets.get(0).value());
        assertEquals("2025", targets.get(0).deadlineDate());
    }

    @Test
    void targetsStatedByAShareThatOpensAnItemOrAfterDamBao() {
        var item = TargetParser.parse("- 100% hộ nghèo được tiếp cận dịch vụ thông tin truyền thông.", new SourceSpan(1, 1, 1, 1));
        assertEquals(List.of("100 % hộ nghèo được tiếp cận dịch vụ thông tin truyền thông"),
            item.stream().map(t -> t.value() + " " + t.unit() + " " + t.indicator()).toList());
        var assured = TargetParser.parse("- Đảm bảo 100% người nghèo được cấp thẻ bảo hiểm y tế; vận động người dân tham gia.",
            new SourceSpan(1, 1, 1, 1));
        assertEquals(List.of("100 % người nghèo được cấp thẻ bảo hiểm y tế"),
            assured.stream().map(t -> t.value() + " " + t.unit() + " " + t.indicator()).toList());
        assertEquals(List.of(), TargetParser.parse("- 2 hộ được hỗ trợ làm nhà.", new SourceSpan(1, 1, 1, 1)),
            "a count opening an item is no target without a verb");
    }

    @Test
    void severalNumbersAfterOneTypeNameTakeTheTypeFromTheirSymbol() {
        var lines = java.util.List.of(new vn.kehoach.model.Line(
            "Căn cứ các Nghị định số 12/2020/NĐ-CP ngày 01/02/2020, 13/2020/NĐ-CP ngày 03/02/2020 của Chính phủ;",
            java.util.List.of(), null, new vn.kehoach.model.Provenance(vn.kehoach.model.SourceKind.PLAIN, 1, 9, null, 1)));
        var bases = LegalBasisParser.parse(java.util.List.of(new TextUnit(TextUnit.Kind.PARAGRAPH, lines)));
        assertEquals(List.of("Nghị định 12/2020/NĐ-CP 2020-02-01", "Nghị định 13/2020/NĐ-CP 2020-02-03"),
            bases.stream().map(b -> b.type() + " " + b.reference() + " " + b.date()).toList());
        assertEquals("Chính phủ", bases.get(1).issuer());
    }

    @Test
    void planStagesNeedSectionsBeforeThem() {
        Pipeline.Builder builder = Pipeline.from(new Ingestion(List.of(new PlainTextIngester())));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> builder.then(new PlanExtractor()));
        assertTrue(e.getMessage().contains("SECTIONS"));
        assertThrows(IllegalStateException.class, () -> Pipeline.from(new Ingestion(List.of(new PlainTextIngester())))
            .then(new MetadataExtractor()), "extraction reads normalized text");
        assertFalse(Extraction.PIPELINE.stages().isEmpty());
    }
}
