package vn.kehoach.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.kehoach.model.Block;
import vn.kehoach.model.Line;
import vn.kehoach.model.Page;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Repair;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.Table;
import vn.kehoach.normalize.LegacyEncodings.Detection;
import vn.kehoach.pipeline.Facet;
import vn.kehoach.pipeline.Stage;

/**
 * Repairs the text of every line and records each change as a {@link Repair}: legacy-encoded text
 * decoded ("legacy-tcvn3" ...), Unicode cleaned ("unicode"), tone marks placed in one style
 * ("tone-style"). Legacy encodings are detected per font over the whole document, since one line
 * ("Sè:") rarely tells on its own; lines without a font name form one group. Between the clean-up and
 * the tone style, lines without diacritics get them restored ("diacritics") and OCR damage is corrected
 * ("ocr-correction") by the {@link DiacriticRestorer}: English-model damage wherever it shows, and on pages
 * OCR'd with the Vietnamese model every line (its wrong tone marks look like correct words); other
 * correct lines pass unchanged.
 */
public final class NormalizeStage implements Stage {

    private final ToneStyle toneStyle;
    /** Empty when the stage only cleans (no language-model repair), e.g. to study extraction on raw OCR. */
    private final Optional<DiacriticRestorer> restorer;

    /** Normalizes to {@link ToneStyle#MODERN}, the style most Vietnamese administrative text uses. */
    public NormalizeStage() {
        this(ToneStyle.MODERN);
    }

    /** Uses the shared restorer of the models folder ({@link DiacriticRestorer#modelsDirectory()}). */
    public NormalizeStage(ToneStyle toneStyle) {
        this(toneStyle, DiacriticRestorer.shared());
    }

    public NormalizeStage(ToneStyle toneStyle, DiacriticRestorer restorer) {
        this(toneStyle, Optional.of(restorer));
    }

    private NormalizeStage(ToneStyle toneStyle, Optional<DiacriticRestorer> restorer) {
        this.toneStyle = Objects.requireNonNull(toneStyle);
        this.restorer = restorer;
    }

    /** Legacy decoding, Unicode clean-up and tone style only: the words stay as the source has them. */
    public static NormalizeStage withoutRestoration(ToneStyle toneStyle) {
        return new NormalizeStage(toneStyle, Optional.empty());
    }

    @Override
    public String name() {
        return "normalize";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.PAGES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.NORMALIZED_TEXT);
    }

    @Override
    public PlanDocument apply(PlanDocument document) {
        Map<String, Detection> legacyFonts = detectLegacyFonts(document);
        List<Repair> repairs = new ArrayList<>(document.repairs());
        List<Page> pages = document.pages().stream()
            .map(page -> page.withBlocks(page.blocks().stream().map(b -> repairBlock(page, b, legacyFonts, repairs)).toList()))
            .toList();
        return document.withPages(pages).withRepairs(repairs);
    }

    /** The lines of a block in reading order; a line of running text is read on from the line above. */
    private Block repairBlock(Page page, Block block, Map<String, Detection> legacyFonts, List<Repair> repairs) {
        String[] above = {""};
        return block.mapLines(line -> {
            Line repaired = repairLine(line, repairMode(page, line), legacyFonts.get(fontOf(line)), repairs, above[0]);
            above[0] = block instanceof Table ? "" : repaired.text(); // table cells do not run on
            return repaired;
        });
    }

    /** Font name -> detection, for the fonts whose lines read as a legacy encoding. */
    private static Map<String, Detection> detectLegacyFonts(PlanDocument document) {
        Map<String, StringBuilder> textByFont = new HashMap<>();
        document.pages().stream().flatMap(p -> p.blocks().stream()).flatMap(b -> b.allLines().stream())
            .filter(line -> LegacyEncodings.couldBeLegacy(line.text()))
            .forEach(line -> textByFont.computeIfAbsent(fontOf(line), f -> new StringBuilder()).append(line.text()).append('\n'));
        Map<String, Detection> found = new HashMap<>();
        textByFont.forEach((font, text) -> {
            Detection detection = LegacyEncodings.detect(text.toString(), font.isEmpty() ? null : font);
            if (detection.encoding().isPresent()) {
                found.put(font, detection);
            }
        });
        return found;
    }

    /**
     * VIE for what Tesseract's Vietnamese model read from the page's pixels (its errors hide in valid
     * syllables, so every word is weighed); AUTO for everything else, old English-model OCR layers and
     * dumps included.
     */
    private static DiacriticRestorer.Mode repairMode(Page page, Line line) {
        boolean vieOcr = line.provenance().kind() == SourceKind.OCR && page.ocr() != null
            && page.ocr().language().contains("vie");
        return vieOcr ? DiacriticRestorer.Mode.VIE : DiacriticRestorer.Mode.AUTO;
    }

    private Line repairLine(Line line, DiacriticRestorer.Mode mode, Detection legacy, List<Repair> repairs, String above) {
        String text = line.text();
        if (legacy != null && LegacyEncodings.couldBeLegacy(text)) {
            String decoded = legacy.decode(text);
            // a stray Unicode line in a legacy document ("Ông") must not lose valid words to the decoder
            if (VietnameseSyllables.score(decoded).valid() >= VietnameseSyllables.score(text).valid()) {
                text = recorded(line, text, decoded, legacy.encoding().orElseThrow().repairMethod(), legacy.validShare(), repairs);
            }
        }
        text = recorded(line, text, UnicodeCleaner.clean(text), "unicode", 1.0, repairs);
        if (restorer.isPresent()) {
            DiacriticRestorer.Result restored = restorer.get().restore(text, mode, above);
            if (restored.changed()) {
                String method = restored.repair() == DiacriticRestorer.Mode.PLAIN ? "diacritics" : "ocr-correction";
                double leastSure = restored.changes().stream().mapToDouble(DiacriticRestorer.Change::score).min().orElse(1);
                text = recorded(line, text, restored.text(), method, leastSure, repairs);
            }
        }
        text = recorded(line, text, TonePlacement.apply(text, toneStyle), "tone-style", 1.0, repairs);
        return text.equals(line.text()) ? line : line.withText(text);
    }

    private static String recorded(Line line, String before, String after, String method, double score, List<Repair> repairs) {
        if (!after.equals(before)) {
            repairs.add(new Repair(line.provenance().page(), line.provenance().line(), before, after, method, score));
        }
        return after;
    }

    private static String fontOf(Line line) {
        return line.style() == null || line.style().fontName() == null ? "" : line.style().fontName();
    }
}
