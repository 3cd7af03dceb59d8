package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vn.kehoach.model.DocumentInfo;
import vn.kehoach.model.LegalBasis;
import vn.kehoach.model.PlanContent;
import vn.kehoach.model.PlanContent.Actor;
import vn.kehoach.model.PlanContent.Responsibility;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Section;
import vn.kehoach.model.SectionRole;
import vn.kehoach.normalize.VietnameseText;

/**
 * What seed 003 must give, whatever file it comes in. Text read from a file with a text layer must be
 * exact; text recognised from a scan is compared with the {@link Reading#OCR} tolerance.
 */
final class Seed003Checks {

    /** How a value read from the document is compared with the printed one. */
    enum Reading {
        EXACT,
        /** Diacritics, case and dashes folded, and one wrong letter in ten allowed ("Cần" for "Cẩn", "ƯVBND" for "UBND"). */
        OCR;

        void same(String expected, String actual) {
            if (this == EXACT || expected == null || actual == null) {
                assertEquals(expected, actual);
                return;
            }
            String e = fold(expected);
            String a = fold(actual);
            assertTrue(LevenshteinDistance.getDefaultInstance().apply(e, a) <= Math.max(1, e.length() / 10), "«" + actual + "» does not read as «" + expected + "»");
        }

        void same(List<String> expected, List<String> actual) {
            assertEquals(expected.size(), actual.size(), actual.toString());
            for (int i = 0; i < expected.size(); i++) {
                same(expected.get(i), actual.get(i));
            }
        }

        private static String fold(String text) {
            return VietnameseText.removeAccents(text).toLowerCase(Locale.ROOT).replaceAll("[–—-]", "-").replaceAll("\\s+", " ").strip();
        }
    }

    private Seed003Checks() {
    }

    static void headerFieldsTheDocumentDoesNotPrintAreMissingNotGuessed(PlanDocument document, Reading reading) {
        DocumentInfo info = document.document();
        assertEquals("Kế hoạch", info.type().value());
        reading.same("Triển khai hoạt động hỗ trợ xã Xuân Chinh, huyện Thường Xuân thực hiện Chương trình "
            + "giảm nghèo nhanh và bền vững năm 2020", info.summary().value());
        reading.same("Kế hoạch triển khai hoạt động hỗ trợ xã Xuân Chinh, huyện Thường Xuân thực hiện Chương trình "
            + "giảm nghèo nhanh và bền vững năm 2020", info.title().value());
        for (var field : List.of(info.issuer(), info.number(), info.symbol(), info.place(), info.issueDate())) {
            assertNull(field.value());
            assertNull(field.span());
            assertEquals(0, field.confidence());
        }
        assertTrue(info.missing().containsAll(List.of("issuer", "number", "symbol", "place", "issueDate",
            "component:national-motto", "component:number-and-symbol", "component:place-and-date", "component:seal")));
        assertEquals(List.of("national-motto", "issuer", "number-and-symbol", "place-and-date", "type-and-summary",
            "content", "signer", "seal", "recipients"), info.components().stream().map(DocumentInfo.DecreeComponent::name).toList());
        assertEquals(List.of(false, false, false, false, true, true, true, false, true),
            info.components().stream().map(DocumentInfo.DecreeComponent::present).toList());
    }

    /** The bases' references and the second one's date; the first one's date is checked where it is legible. */
    static void legalBasesSignerAndRecipients(PlanDocument document, Reading reading) {
        DocumentInfo info = document.document();
        List<LegalBasis> bases = info.legalBases();
        assertEquals(List.of("9758/UBND-VX", "25/KH-UBND"), bases.stream().map(LegalBasis::reference).toList());
        assertEquals("2018-08-14", bases.get(0).date());
        assertEquals("2020-01-22", bases.get(1).date());
        assertEquals("Công văn", bases.get(0).type());
        assertEquals("UBND tỉnh Thanh Hóa", bases.get(0).issuer());
        assertEquals("Kế hoạch", bases.get(1).type());
        assertEquals("KH-UBND", bases.get(1).symbol());
        reading.same("thực hiện Chương trình giảm nghèo nhanh và bền vững năm 2020", bases.get(1).subject());

        assertEquals("KT. GIÁM ĐỐC", info.signer().authority());
        assertEquals("PHÓ GIÁM ĐỐC", info.signer().position());
        reading.same("Nguyễn Bá Cẩn", info.signer().name());

        reading.same(List.of("UBND tỉnh", "Sở Lao động – TB&XH", "UBND huyện Thường Xuân", "UBND xã Xuân Chinh",
            "Các phòng, ban VP Sở", "Các đơn vị trong ngành", "Lưu: VT, KHTC"), info.recipients().stream().map(r -> r.name()).toList());
        assertEquals(Arrays.asList("b/c", "t/d", "p/h", "p/h", "t/h", "t/h", null),
            info.recipients().stream().map(r -> r.purpose()).toList());
        DocumentInfo.Recipient first = info.recipients().get(0);
        assertEquals(first.span().line(), first.span().endLine());
    }

    static void sectionsWithNumberingAndRoles(PlanDocument document, Reading reading) {
        List<Section> sections = document.sections();
        assertEquals(List.of("I. objectives", "II. tasks", "III. funding", "V. organization"),
            sections.stream().map(s -> s.number() + " " + s.role().id()).toList());
        Section tasksAndSolutions = sections.get(1);
        reading.same("NHIỆM VỤ VÀ GIẢI PHÁP", tasksAndSolutions.heading());
        assertEquals(List.of("1. tasks", "2. solutions"), tasksAndSolutions.children().stream()
            .map(s -> s.number() + " " + s.role().id()).toList());
        reading.same(List.of("Nhiệm vụ", "Giải pháp"), tasksAndSolutions.children().stream().map(Section::heading).toList());
        assertEquals(6, tasksAndSolutions.children().get(1).passages().stream().filter(p -> "-".equals(p.marker())).count());
        assertEquals(3, sections.get(0).passages().size(), "the three numbered aims are passages of I, not sections");
        assertEquals(SectionRole.ORGANIZATION, sections.get(3).children().get(0).role());
    }

    /** Numbers, actors and roles; the deadline is checked where it is legible. */
    static void responsibilitiesWithLeadAndSupport(PlanDocument document, Reading reading) {
        List<Responsibility> duties = document.plan().responsibilities();
        assertEquals(List.of("1.", "2.", "3.", "4."), duties.stream().map(Responsibility::number).toList());
        Responsibility youth = duties.get(1);
        assertEquals(new Actor("Đoàn Thanh niên", "lead", "chủ trì"), youth.actors().get(0));
        assertEquals("support", youth.actors().get(1).role());
        assertTrue(youth.actors().get(1).name().startsWith("Công đoàn ngành"), youth.actors().get(1).name());
        reading.same(List.of("phòng Kế hoạch Tài chính", "UBND huyện Thường Xuân", "UBND xã Xuân Chinh"),
            duties.get(2).actors().stream().map(Actor::name).toList());
        assertEquals("support", duties.get(2).actors().get(1).role());
        Responsibility district = duties.get(3);
        assertEquals("Ủy ban nhân dân huyện Thường Xuân", district.actors().get(0).name());
        assertTrue(district.duties().get(0).startsWith("- Phối hợp với Sở Y tế"), district.duties().get(0));
        assertNull(district.deadline());
    }

    static void planItemsByRole(PlanDocument document, Reading reading) {
        PlanContent plan = document.plan();
        assertEquals(3, plan.objectives().size());
        assertEquals(1, plan.tasks().size());
        reading.same("Huy động mọi nguồn lực", plan.tasks().get(0).text().substring(0, "Huy động mọi nguồn lực".length()));
        assertEquals(6, plan.solutions().size());
        assertEquals(2, plan.funding().sources().size());
        assertTrue(plan.funding().amounts().isEmpty(), "the plan names no sum of money");
        PlanContent.Target insurance = plan.targets().stream().filter(t -> t.value().equals("100")).findFirst().orElseThrow();
        reading.same("người cận nghèo tham gia BHYT", insurance.indicator());
        assertEquals("%", insurance.unit());
        assertEquals("2020", insurance.deadlineDate());
        assertNotNull(insurance.span());
        assertFalse(plan.objectives().get(0).text().isBlank());
    }
}
