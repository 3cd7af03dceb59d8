package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoach.model.DocumentInfo;
import vn.kehoach.model.DocumentInfo.Recipient;
import vn.kehoach.model.LegalBasis;
import vn.kehoach.model.PlanContent;
import vn.kehoach.model.PlanContent.Actor;
import vn.kehoach.model.PlanContent.Responsibility;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Section;
import vn.kehoach.model.SectionRole;

/** Seed 003 (Sở Y tế Thanh Hóa, 2020) as Markdown and as DOCX: the same extraction from both. */
class Seed003ExtractionTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed-003.md", "seed-003.docx"})
    void headerFieldsTheDocumentDoesNotPrintAreMissingNotGuessed(String file) throws Exception {
        DocumentInfo info = Extraction.sample(file).document();
        assertEquals("Kế hoạch", info.type().value());
        assertTrue(info.summary().value().startsWith("Triển khai hoạt động hỗ trợ xã Xuân Chinh"));
        assertEquals("Kế hoạch triển khai hoạt động hỗ trợ xã Xuân Chinh, huyện Thường Xuân thực hiện Chương trình "
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

    @ParameterizedTest
    @ValueSource(strings = {"seed-003.md", "seed-003.docx"})
    void legalBasesSignerAndRecipients(String file) throws Exception {
        DocumentInfo info = Extraction.sample(file).document();
        List<LegalBasis> bases = info.legalBases();
        assertEquals(List.of("9758/UBND-VX 2018-08-14", "25/KH-UBND 2020-01-22"),
            bases.stream().map(b -> b.reference() + " " + b.date()).toList());
        assertEquals("Công văn", bases.get(0).type());
        assertEquals("UBND tỉnh Thanh Hóa", bases.get(0).issuer());
        assertEquals("Kế hoạch", bases.get(1).type());
        assertEquals("KH-UBND", bases.get(1).symbol());
        assertEquals("thực hiện Chương trình giảm nghèo nhanh và bền vững năm 2020", bases.get(1).subject());

        assertEquals("KT. GIÁM ĐỐC", info.signer().authority());
        assertEquals("PHÓ GIÁM ĐỐC", info.signer().position());
        assertEquals("Nguyễn Bá Cẩn", info.signer().name());

        assertEquals(List.of("UBND tỉnh (b/c)", "Sở Lao động – TB&XH (t/d)", "UBND huyện Thường Xuân (p/h)",
                "UBND xã Xuân Chinh (p/h)", "Các phòng, ban VP Sở (t/h)", "Các đơn vị trong ngành (t/h)", "Lưu: VT, KHTC (null)"),
            info.recipients().stream().map(r -> r.name() + " (" + r.purpose() + ")").toList());
        Recipient first = info.recipients().get(0);
        assertEquals(first.span().line(), first.span().endLine());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-003.md", "seed-003.docx"})
    void sectionsWithNumberingAsPrintedAndRoles(String file) throws Exception {
        List<Section> sections = Extraction.sample(file).sections();
        assertEquals(List.of("I. objectives", "II. tasks", "III. funding", "V. organization"),
            sections.stream().map(s -> s.number() + " " + s.role().id()).toList());
        Section tasksAndSolutions = sections.get(1);
        assertEquals("NHIỆM VỤ VÀ GIẢI PHÁP", tasksAndSolutions.heading());
        assertEquals(List.of("1. Nhiệm vụ tasks", "2. Giải pháp solutions"), tasksAndSolutions.children().stream()
            .map(s -> s.number() + " " + s.heading() + " " + s.role().id()).toList());
        assertEquals(6, tasksAndSolutions.children().get(1).passages().stream().filter(p -> "-".equals(p.marker())).count());
        assertEquals(3, sections.get(0).passages().size(), "the three numbered aims are passages of I, not sections");
        assertEquals(SectionRole.ORGANIZATION, sections.get(3).children().get(0).role());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-003.md", "seed-003.docx"})
    void responsibilitiesWithLeadSupportAndDeadline(String file) throws Exception {
        PlanDocument document = Extraction.sample(file);
        List<Responsibility> duties = document.plan().responsibilities();
        assertEquals(List.of("1.", "2.", "3.", "4."), duties.stream().map(Responsibility::number).toList());
        Responsibility youth = duties.get(1);
        assertEquals(List.of(new Actor("Đoàn Thanh niên", "lead", "chủ trì"), new Actor("Công đoàn ngành", "support", "phối hợp với")),
            youth.actors());
        assertEquals("trước tháng 6/2020", youth.deadline());
        assertEquals(List.of("phòng Kế hoạch Tài chính", "UBND huyện Thường Xuân", "UBND xã Xuân Chinh"),
            duties.get(2).actors().stream().map(Actor::name).toList());
        assertEquals("support", duties.get(2).actors().get(1).role());
        Responsibility district = duties.get(3);
        assertEquals("Ủy ban nhân dân huyện Thường Xuân", district.actors().get(0).name());
        assertTrue(district.duties().get(0).startsWith("- Phối hợp với Sở Y tế"));
        assertNull(district.deadline());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-003.md", "seed-003.docx"})
    void planItemsByRole(String file) throws Exception {
        PlanContent plan = Extraction.sample(file).plan();
        assertEquals(3, plan.objectives().size());
        assertEquals(1, plan.tasks().size());
        assertTrue(plan.tasks().get(0).text().startsWith("Huy động mọi nguồn lực"));
        assertEquals(6, plan.solutions().size());
        assertEquals(2, plan.funding().sources().size());
        assertTrue(plan.funding().amounts().isEmpty(), "the plan names no sum of money");
        PlanContent.Target insurance = plan.targets().stream().filter(t -> t.value().equals("100")).findFirst().orElseThrow();
        assertEquals("người cận nghèo tham gia BHYT", insurance.indicator());
        assertEquals("%", insurance.unit());
        assertEquals("2020", insurance.deadlineDate());
        assertNotNull(insurance.span());
        assertFalse(plan.objectives().get(0).text().isBlank());
    }
}
