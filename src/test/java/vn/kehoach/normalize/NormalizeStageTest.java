package vn.kehoach.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.DocumentKind;
import vn.kehoach.model.Line;
import vn.kehoach.model.OcrStats;
import vn.kehoach.model.Page;
import vn.kehoach.model.Paragraph;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.Repair;
import vn.kehoach.model.SourceInfo;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.TextStyle;

class NormalizeStageTest {

    @Test
    void decodesLegacyFontsCleansUnicodeAndUnifiesToneStyle() {
        PlanDocument document = document(List.of(
            new String[] {"UBND TØNH THANH HãA", ".VnTimeH"},
            new String[] {"Sè: 25/KH-UBND", ".VnTime,Bold"},
            new String[] {"KÕ ho¹ch thùc hiÖn Ch­¬ng tr×nh gi¶m nghÌo", ".VnTime"},
            new String[] {"chăm sóc sức khoẻ nhân dân", "TimesNewRomanPSMT"},
            new String[] {"Vie\u0302\u0323t Nam", "TimesNewRomanPSMT"},
            new String[] {"Sở Y tế tỉnh Thanh Hóa", "TimesNewRomanPSMT"}));

        PlanDocument normalized = new NormalizeStage().apply(document);

        assertEquals(List.of("UBND TỈNH THANH HÓA", "Số: 25/KH-UBND", "Kế hoạch thực hiện Chương trình giảm nghèo",
            "chăm sóc sức khỏe nhân dân", "Việt Nam", "Sở Y tế tỉnh Thanh Hóa"), texts(normalized));
        assertEquals(List.of("1 legacy-tcvn3", "2 legacy-tcvn3", "3 legacy-tcvn3", "4 tone-style", "5 unicode"),
            normalized.repairs().stream().map(r -> r.line() + " " + r.method()).toList());
        Repair first = normalized.repairs().get(0);
        assertEquals("UBND TØNH THANH HãA", first.original());
        assertEquals("UBND TỈNH THANH HÓA", first.replacement());
        assertTrue(first.score() > 0.5 && first.score() <= 1.0, "score " + first.score());
    }

    @Test
    void oneLineCanNeedSeveralRepairsInTurn() {
        PlanDocument normalized = new NormalizeStage().apply(document(List.<String[]>of(new String[] {"Thanh Hoa\u0301\u200b", null})));
        assertEquals(List.of("Thanh Hóa"), texts(normalized));
        assertEquals(List.of("unicode", "tone-style"), normalized.repairs().stream().map(Repair::method).toList());
        assertEquals("Thanh Hoá", normalized.repairs().get(1).original());
    }

    @Test
    void traditionalStyleOnRequest() {
        PlanDocument normalized = new NormalizeStage(ToneStyle.TRADITIONAL).apply(document(List.<String[]>of(new String[] {"Sở Y tế tỉnh Thanh Hóa", null})));
        assertEquals(List.of("Sở Y tế tỉnh Thanh Hoá"), texts(normalized));
    }

    /** A whole TCVN3 document without any font names: detected over the document, decoded per line. */
    @Test
    void decodesARealTcvn3DocumentWithoutFontNames() {
        String original = CorpusSample.documents("corpus-05.txt", 10_000).get(0);
        String typed = TonePlacement.apply(UnicodeCleaner.clean(original), ToneStyle.TRADITIONAL);
        List<String> encodedLines = typed.lines().map(line -> LegacyEncodings.encode(line, LegacyEncoding.TCVN3)).toList();
        List<String> expected = typed.lines()
            .map(line -> TonePlacement.apply(LegacyEncodingsTest.representable(line, LegacyEncoding.TCVN3), ToneStyle.MODERN)).toList();

        PlanDocument normalized = new NormalizeStage().apply(document(encodedLines.stream().map(l -> new String[] {l, null}).toList()));

        String got = String.join("\n", texts(normalized));
        String want = String.join("\n", expected);
        assertEquals(want.length(), got.length());
        long same = IntStream.range(0, want.length()).filter(i -> want.charAt(i) == got.charAt(i)).count();
        assertTrue(same >= 0.999 * want.length(), "recovered " + same + " of " + want.length());
        assertTrue(normalized.repairs().stream().anyMatch(r -> r.method().equals("legacy-tcvn3")));
    }

    @Test
    void aUnicodeLineAmongLegacyLinesKeepsItsWords() {
        PlanDocument normalized = new NormalizeStage().apply(document(List.of(
            new String[] {"KÕ ho¹ch thùc hiÖn Ch­¬ng tr×nh gi¶m nghÌo nhanh vµ bÒn v÷ng", null},
            new String[] {"Ông bà", null})));
        assertEquals(List.of("Kế hoạch thực hiện Chương trình giảm nghèo nhanh và bền vững", "Ông bà"), texts(normalized));
    }

    @Test
    void seed003PassesThroughUnchanged() {
        PlanDocument document = linesOf(CorpusSample.seed("003_d32fa857c2e670e8.txt"));
        PlanDocument normalized = new NormalizeStage().apply(document);
        assertEquals(List.of(), normalized.repairs());
        assertEquals(document, normalized);
    }

    @Test
    void cleanCorpusDocumentsAreNeverTakenForLegacyText() {
        for (String text : CorpusSample.documents("corpus-01.txt", 10_000).subList(0, 5)) {
            PlanDocument normalized = new NormalizeStage().apply(linesOf(text));
            assertEquals(List.of(), normalized.repairs().stream().filter(r -> r.method().startsWith("legacy-")).toList());
        }
    }

    private static PlanDocument linesOf(String text) {
        return document(text.lines().filter(l -> !l.isEmpty()).map(l -> new String[] {l, null}).toList());
    }

    private static List<String> texts(PlanDocument document) {
        return document.pages().get(0).blocks().get(0).allLines().stream().map(Line::text).toList();
    }

    /** One page, one paragraph; each row is {text, font name or null}. */
    /**
     * Lines Tesseract's Vietnamese model read from a page are all weighed (VIE mode): a wrong mark on a
     * valid syllable is corrected there, and the line above carries over to a wrapped line; the same
     * text in a text layer is correct Vietnamese and stays.
     */
    @Test
    void linesOcrdWithTheVietnameseModelAreCorrectedWordByWord() {
        List<String> text = List.of("Thông tin đăng ký tỏ hợp tác", "Lầm việc theo chế độ tập thể.");
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            lines.add(new Line(text.get(i), List.of(), null, new Provenance(SourceKind.OCR, 1, i + 1, null, 0.9)));
        }
        Page page = new Page(1, 595, 842, SourceKind.OCR, List.of(new Paragraph(lines)), null,
            new OcrStats("vie", 300, 12, 0.9, 100));
        PlanDocument scanned = PlanDocument.ingested(new SourceInfo("scan.pdf", "0", "application/pdf", DocumentKind.SCANNED_PDF, 1, null), List.of(page));

        PlanDocument normalized = new NormalizeStage().apply(scanned);

        assertEquals(List.of("Thông tin đăng ký tổ hợp tác", "Làm việc theo chế độ tập thể."), texts(normalized));
        assertEquals(List.of("ocr-correction", "ocr-correction"), normalized.repairs().stream().map(Repair::method).toList());
        assertEquals(text, texts(new NormalizeStage().apply(document(text.stream().map(t -> new String[] {t, null}).toList()))));
    }

    private static PlanDocument document(List<String[]> rows) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String font = rows.get(i)[1];
            TextStyle style = font == null ? null : new TextStyle(13, false, font);
            lines.add(new Line(rows.get(i)[0], List.of(), style, new Provenance(SourceKind.TEXT_LAYER, 1, i + 1, null, 1.0)));
        }
        Page page = new Page(1, 595, 842, SourceKind.TEXT_LAYER, List.of(new Paragraph(lines)), null, null);
        return PlanDocument.ingested(new SourceInfo("test.pdf", "0", "application/pdf", DocumentKind.TEXT_PDF, 1, null), List.of(page));
    }
}
