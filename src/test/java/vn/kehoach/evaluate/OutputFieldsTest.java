package vn.kehoach.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputFieldsTest {

    @Test
    void readsEveryFieldOfAPlanJson() throws Exception {
        JsonNode plan = new ObjectMapper().readTree("""
            {"document": {"type": {"value": "Kế hoạch"}, "issuer": {"value": null, "confidence": 0},
                          "legalBases": [{"type": "Kế hoạch", "reference": "25/KH-UBND", "date": "2020-01-22"}],
                          "signer": {"authority": "KT. GIÁM ĐỐC", "name": "Nguyễn Bá Cẩn"},
                          "recipients": [{"name": "UBND tỉnh", "purpose": "b/c"}, {"name": "Lưu: VT"}]},
             "sections": [{"number": "II.", "heading": "NHIỆM VỤ", "role": "tasks",
                           "children": [{"number": "1.", "heading": "Nhiệm vụ", "role": "tasks", "children": []}]}],
             "plan": {"targets": [{"indicator": "người cận nghèo tham gia BHYT", "value": "100", "unit": "%"}],
                      "responsibilities": [{"number": "2.", "actors": [{"name": "Đoàn Thanh niên", "role": "lead"}],
                                            "deadline": "trước tháng 6/2020"}],
                      "citations": [{"reference": "09-NQ/TU"}]},
             "tables": [{"columns": [{}, {}, {}], "rows": [{"cells": [{"value": 1}, {"raw": "x"}, {"value": 12.50}], "isTotal": false},
                                                           {"cells": [{}, {"raw": "Tổng"}, {"value": 12.50}], "isTotal": true}]}]}
            """);
        Map<String, List<String>> fields = OutputFields.of(plan);
        assertEquals(OutputFields.FIELDS, List.copyOf(fields.keySet()));
        assertEquals(List.of("Kế hoạch"), fields.get("document.type"));
        assertEquals(List.of(), fields.get("document.issuer"));
        assertEquals(List.of("2020-01-22"), fields.get("legalBases.date"));
        assertEquals(List.of(), fields.get("legalBases.issuer"));
        assertEquals(List.of(), fields.get("signer.position"));
        assertEquals(List.of("UBND tỉnh", "Lưu: VT"), fields.get("recipients.name"));
        assertEquals(List.of("b/c"), fields.get("recipients.purpose"));
        assertEquals(List.of("II. NHIỆM VỤ", "1. Nhiệm vụ"), fields.get("sections.heading"));
        assertEquals(List.of("II. tasks", "1. tasks"), fields.get("sections.role"));
        assertEquals(List.of("100 %"), fields.get("targets.value"));
        assertEquals(List.of("2. lead Đoàn Thanh niên"), fields.get("responsibilities.actor"));
        assertEquals(List.of("trước tháng 6/2020"), fields.get("responsibilities.deadline"));
        assertEquals(List.of("09-NQ/TU"), fields.get("citations.reference"));
        assertEquals(List.of("2x3"), fields.get("tables.shape"));
        assertEquals(List.of("12.5"), fields.get("tables.total"));
    }
}
