package vn.kehoach.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.normalize.DiacriticRestorer.Mode;
import vn.kehoach.normalize.DiacriticRestorer.Result;
import vn.kehoach.testing.SyllableAccuracy;

class DiacriticRestorerTest {

    private static final DiacriticRestorer RESTORER = DiacriticRestorer.shared();

    @Test
    void correctsSeed000OcrLinesAgainstHandCorrectedGold() throws IOException {
        List<String[]> gold = seedGold();
        SyllableAccuracy raw = new SyllableAccuracy();
        SyllableAccuracy repaired = new SyllableAccuracy();
        for (String[] pair : gold) {
            raw.add(pair[1], pair[0]);
            repaired.add(pair[1], RESTORER.restore(pair[0]).text());
        }
        assertTrue(raw.value() < 0.45, "raw OCR " + raw.value());
        assertTrue(repaired.value() >= 0.88, "repaired " + repaired.value() + " of " + repaired.words() + " syllables");
        assertEquals(gold.get(0)[1], RESTORER.restore(gold.get(0)[0]).text());
    }

    @Test
    void restoresDeaccentedHeldOutSentences() {
        List<String> lines = heldOutLines(3000);
        SyllableAccuracy accuracy = new SyllableAccuracy();
        for (String line : lines) {
            accuracy.add(line, RESTORER.restore(VietnameseText.removeAccents(line)).text());
        }
        assertTrue(accuracy.words() > 20_000, "measured " + accuracy.words());
        assertTrue(accuracy.value() >= 0.985, "restored " + accuracy.value());
    }

    @Test
    void leavesCorrectTextUnchanged() {
        List<String> lines = heldOutLines(3000);
        SyllableAccuracy unchanged = new SyllableAccuracy();
        for (String line : lines) {
            unchanged.add(line, RESTORER.restore(line).text());
        }
        assertTrue(unchanged.value() >= 0.999, "unchanged " + unchanged.value());
        Result result = RESTORER.restore("Nghị quyết số 09-NQ/TU về chương trình GNBV của tỉnh Thanh Hóa");
        assertNull(result.repair());
        assertEquals(List.of(), result.changes());
    }

    @Test
    void keepsCapitalisationNumbersAndPunctuation() {
        assertEquals("I. MỤC TIÊU", RESTORER.restore("I. MUC TIEU").text());
        assertEquals("2. Mục tiêu cụ thể", RESTORER.restore("2. Muc tieu cu the").text());
        assertEquals("Kế hoạch số 25/KH-UBND ngày 13/02/2023 của UBND thị trấn",
            RESTORER.restore("Ke hoach so 25/KH-UBND ngay 13/02/2023 cua UBND thi tran").text());
    }

    @Test
    void abbreviationsFollowTheTableNotTheModel() {
        assertEquals("Nghị quyết số 15-NQ/ĐU", RESTORER.restore("Nghi quyet so 15-NQ/PU", Mode.OCR).text());
        assertEquals("Quyết định số 21/QĐ-UBND", RESTORER.restore("Quyet dinh so 21/QD-UBND", Mode.PLAIN).text());
        assertEquals("Nghị quyết 24/NQ-HĐND", RESTORER.restore("Nghi quyét 24/NQ-HPND").text());
        assertEquals("- UBND xã (p/h);", RESTORER.restore("- VBND xã (p/h);", Mode.VIE).text());
        assertEquals("Sở VH, TT và DL; VP UBND", RESTORER.restore("Sở VH, TT và DL; VP UBND", Mode.VIE).text());
    }

    @Test
    void recordsEachChangedWordWithItsSpanAndScore() {
        String line = "Muc tieu chung";
        Result result = RESTORER.restore(line, Mode.PLAIN);
        assertEquals("Mục tiêu chung", result.text());
        assertEquals(Mode.PLAIN, result.repair());
        assertEquals(2, result.changes().size());
        DiacriticRestorer.Change first = result.changes().get(0);
        assertEquals("Muc", line.substring(first.start(), first.end()));
        assertEquals("Mục", first.replacement());
        assertTrue(first.score() > 0.5 && first.score() <= 1, "score " + first.score());
    }

    @Test
    void cutsWordsOcrRanTogetherOnlyWhenTheLineReadsBetterSo() {
        assertEquals("Trạm y tế thị trấn", RESTORER.restore("Tramy té thi tran", Mode.OCR).text());
        Result result = RESTORER.restore("Tramy té", Mode.OCR);
        assertEquals(new DiacriticRestorer.Change(0, 5, "Tramy", "Trạm y", result.changes().get(0).score()), result.changes().get(0));
        // syllables and known words are never cut, however the line reads; nor a footnote number from its word
        assertEquals("Thanh Hóa", RESTORER.restore("Thanh Hóa", Mode.OCR).text());
        assertEquals("Kính gửi: Bộ Tài chính1", RESTORER.restore("Kính gửi: Bộ Tài chính1").text());
        assertEquals("ra nước ngoài138", RESTORER.restore("ra nước ngoài138", Mode.OCR).text());
    }

    @Test
    void anOcrSymbolSeenOnceStillStandsForItsLetter() {
        assertEquals("tỷ lệ người dân tham gia", RESTORER.restore("ty 1€ ngudi dan tham gia").text());
    }

    @Test
    void vieModeWeighsEveryWordOfVietnameseModelOcr() {
        // wrong or changed tone marks, which read as valid syllables, so AUTO leaves them
        assertEquals("đăng ký tỏ hợp tác", RESTORER.restore("đăng ký tỏ hợp tác").text());
        assertEquals("đăng ký tổ hợp tác", RESTORER.restore("đăng ký tỏ hợp tác", Mode.VIE).text());
        assertEquals("1. Làm việc theo chế độ tập thể.", RESTORER.restore("1. Lầm việc theo chế độ tập thể.", Mode.VIE).text());
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", RESTORER.restore("CỘNG HÓA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Mode.VIE).text());
        assertEquals("Sở Y tế tỉnh Thanh Hóa", RESTORER.restore("Sở Y tế tỉnh Thanh Hóa", Mode.VIE).text());
    }

    @Test
    void vieModeLeavesCorrectHeldOutTextAlmostUnchanged() {
        SyllableAccuracy unchanged = new SyllableAccuracy();
        for (String line : heldOutLines(1000)) {
            unchanged.add(line, RESTORER.restore(line, Mode.VIE).text());
        }
        assertTrue(unchanged.value() >= 0.99, "unchanged " + unchanged.value());
    }

    /** Lines of held-out documents (never trained on), spread over the corpus files. */
    private static List<String> heldOutLines(int wanted) {
        List<String> lines = new ArrayList<>();
        CorpusDocuments.forEach(List.of(CorpusSample.SHARED.resolve("corpus")), (id, text) -> {
            if (CorpusDocuments.isHeldOut(id)) {
                text.lines().filter(l -> WordTokens.of(l).size() >= 3).forEach(lines::add);
            }
        });
        int step = Math.max(1, lines.size() / wanted);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += step) {
            sample.add(lines.get(i));
        }
        return sample;
    }

    private static List<String[]> seedGold() throws IOException {
        try (InputStream in = DiacriticRestorerTest.class.getResourceAsStream("seed000-gold.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }
}
