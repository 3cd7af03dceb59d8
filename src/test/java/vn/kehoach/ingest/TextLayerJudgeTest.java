package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.ingest.TextLayerJudge.Outcome;
import vn.kehoach.model.Line;
import vn.kehoach.model.Page;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.TextLayerCheck.Decision;
import vn.kehoach.normalize.LegacyEncoding;
import vn.kehoach.normalize.LegacyEncodings;
import vn.kehoach.pipeline.KehoachException;

/** The judge tells clean Vietnamese, English-model OCR and legacy-font encodings apart, page by page. */
class TextLayerJudgeTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @TempDir
    Path dir;

    @Test
    void everyPageSizedPartOfTheEnglishModelOcrSeedIsGarbage() throws IOException {
        for (String part : parts(Files.readString(SEEDS.resolve("000_42799c9b6627e624.txt")), 60)) {
            TextLayerJudge.Verdict verdict = TextLayerJudge.judge(part, null);
            if (verdict.outcome() != Outcome.TOO_FEW_TOKENS) {
                assertEquals(Outcome.GARBAGE, verdict.outcome(), verdict + " for " + part);
            }
        }
    }

    @Test
    void everyPartOfTheTypedSeedIsVietnameseAndItsTcvn3EncodingLegacy() throws IOException {
        for (String part : parts(Files.readString(SEEDS.resolve("003_d32fa857c2e670e8.txt")), 60)) {
            assertEquals(Outcome.VIETNAMESE, TextLayerJudge.judge(part, null).outcome(), part);
            String legacy = LegacyEncodings.encode(part, LegacyEncoding.TCVN3);
            TextLayerJudge.Verdict verdict = TextLayerJudge.judge(legacy, null);
            assertEquals(Outcome.LEGACY_ENCODING, verdict.outcome(), verdict + " for " + legacy);
        }
    }

    @Test
    void aFewWordsAreNotJudged() {
        assertEquals(Outcome.TOO_FEW_TOKENS, TextLayerJudge.judge("Muc tiéu cu thé ngudi dan", null).outcome());
        assertEquals(Outcome.TOO_FEW_TOKENS, TextLayerJudge.judge("   ", null).outcome());
    }

    @Test
    void englishProseIsGarbageForAVietnameseReader() {
        String english = "The committee shall review the annual plan and report to the council before the end of "
            + "each quarter, listing the tasks completed, the funds spent and the problems met, so that the "
            + "council can decide on the measures for the following quarter and inform the districts.";
        assertEquals(Outcome.GARBAGE, TextLayerJudge.judge(english, null).outcome());
    }

    @Test
    void legacyFontLayerIsKeptForNormalizationToDecode() throws IOException, KehoachException {
        List<Fixtures.TypedLine> legacy = Fixtures.PLAN.stream()
            .map(l -> new Fixtures.TypedLine(LegacyEncodings.encode(l.text(), LegacyEncoding.TCVN3), l.bold(), l.size(), l.x(), l.drop())).toList();
        Path pdf = dir.resolve("vntime.pdf");
        Fixtures.typedPdf(legacy, pdf);
        try (OcrEngines engines = new OcrEngines(Path.of("/nonexistent"), "vie")) {
            Page page = new PdfIngester(engines, false).ingest(pdf, MediaType.application("pdf"), "vntime.pdf").get(0);
            assertEquals(Decision.LEGACY_ENCODING_KEPT, page.textLayer().decision());
            assertEquals(SourceKind.TEXT_LAYER, page.kind());
            assertNull(page.ocr());
            assertTrue(page.textLayer().markedShare() < TextLayerJudge.MIN_MARKED_SHARE, page.textLayer().toString());
            List<String> lines = page.blocks().stream().flatMap(b -> b.allLines().stream()).map(Line::text).toList();
            assertEquals(legacy.stream().map(Fixtures.TypedLine::text).toList(), lines);
            assertTrue(lines.contains("KÕ HO¹CH"), lines.toString());
        }
    }

    /** The text cut into parts of {@code size} whitespace tokens, as pages would hold it. */
    private static List<String> parts(String text, int size) {
        String[] tokens = text.split("\\s+");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tokens.length; i += size) {
            parts.add(String.join(" ", Arrays.copyOfRange(tokens, i, Math.min(tokens.length, i + size))));
        }
        return parts;
    }
}
