package vn.kehoach.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;
import vn.kehoach.model.Box;
import vn.kehoach.model.Line;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.TextStyle;
import vn.kehoach.model.Word;

/**
 * Groups a page's glyphs into lines: by baseline (top to bottom), then left to right, split into
 * separate lines where a wide gap parts two columns on one baseline (the two-column header of
 * Vietnamese official documents), and into words at space glyphs or gaps wider than half a space.
 */
final class GlyphLines {

    /** Glyphs whose baselines differ by less than this share of the font size sit on one line. */
    private static final double SAME_BASELINE = 0.3;
    /** A horizontal gap wider than this many ems starts another line on the same baseline. */
    private static final double COLUMN_GAP_EMS = 2.5;
    private static final Pattern BOLD_NAME = Pattern.compile("(?i)bold|black|heavy");
    private static final Pattern SUBSET_PREFIX = Pattern.compile("^[A-Z]{6}\\+");

    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private final int pageNumber;
    private final List<Line> lines = new ArrayList<>();

    private GlyphLines(int pageNumber) {
        this.pageNumber = pageNumber;
    }

    static List<Line> assemble(List<TextPosition> glyphs, int pageNumber) {
        List<TextPosition> sorted = new ArrayList<>(glyphs.stream()
            .filter(g -> g.getUnicode() != null && !g.getUnicode().isEmpty()).toList());
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        GlyphLines page = new GlyphLines(pageNumber);
        List<TextPosition> row = new ArrayList<>();
        for (TextPosition glyph : sorted) {
            if (!row.isEmpty() && glyph.getYDirAdj() - row.get(0).getYDirAdj() > SAME_BASELINE * row.get(0).getFontSizeInPt()) {
                page.addRow(row);
                row = new ArrayList<>();
            }
            row.add(glyph);
        }
        page.addRow(row);
        return page.lines;
    }

    private void addRow(List<TextPosition> row) {
        row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        List<List<TextPosition>> words = new ArrayList<>();
        List<TextPosition> word = new ArrayList<>();
        TextPosition previous = null;
        for (TextPosition glyph : row) {
            double gap = previous == null ? 0 : glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
            if (previous != null && gap > COLUMN_GAP_EMS * glyph.getFontSizeInPt()) {
                words.add(word);
                addLine(words);
                words = new ArrayList<>();
                word = new ArrayList<>();
            } else if (isSpace(glyph) || (previous != null && gap > wordGap(glyph))) {
                words.add(word);
                word = new ArrayList<>();
            }
            if (!isSpace(glyph)) {
                word.add(glyph);
            }
            previous = glyph;
        }
        words.add(word);
        addLine(words);
    }

    private void addLine(List<List<TextPosition>> glyphWords) {
        List<List<TextPosition>> nonEmpty = glyphWords.stream().filter(w -> !w.isEmpty()).toList();
        if (nonEmpty.isEmpty()) {
            return;
        }
        List<Word> words = nonEmpty.stream().map(w -> new Word(text(w), box(w), 1.0)).toList();
        String text = String.join(" ", words.stream().map(Word::text).toList());
        Box box = words.stream().map(Word::box).reduce(Box::union).orElseThrow();
        List<TextPosition> glyphs = nonEmpty.stream().flatMap(List::stream).toList();
        lines.add(new Line(text, words, style(glyphs),
            new Provenance(SourceKind.TEXT_LAYER, pageNumber, lines.size() + 1, box, 1.0)));
    }

    private static String text(List<TextPosition> word) {
        StringBuilder text = new StringBuilder();
        word.forEach(g -> text.append(g.getUnicode()));
        return text.toString();
    }

    /** The glyphs' advance from left to right, one em high from 0.8 em above the baseline. */
    private static Box box(List<TextPosition> word) {
        TextPosition first = word.get(0);
        TextPosition last = word.get(word.size() - 1);
        double size = word.stream().mapToDouble(TextPosition::getFontSizeInPt).max().orElseThrow();
        double baseline = word.stream().mapToDouble(TextPosition::getYDirAdj).max().orElseThrow();
        double right = last.getXDirAdj() + last.getWidthDirAdj();
        return new Box(first.getXDirAdj(), baseline - 0.8 * size, Math.max(0, right - first.getXDirAdj()), size);
    }

    /** Most glyphs' size and font; bold when most glyphs are. */
    private TextStyle style(List<TextPosition> glyphs) {
        Map<Float, Integer> sizes = new HashMap<>();
        Map<String, Integer> fonts = new HashMap<>();
        int bold = 0;
        for (TextPosition g : glyphs) {
            sizes.merge(Math.round(g.getFontSizeInPt() * 10) / 10f, 1, Integer::sum);
            fonts.merge(fontName(g.getFont()), 1, Integer::sum);
            if (g.getFont() != null && boldFonts.computeIfAbsent(g.getFont(), GlyphLines::isBold)) {
                bold++;
            }
        }
        return new TextStyle(mostCommon(sizes), 2 * bold > glyphs.size(), mostCommon(fonts));
    }

    private static <T> T mostCommon(Map<T, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String fontName(PDFont font) {
        return font == null || font.getName() == null ? "" : SUBSET_PREFIX.matcher(font.getName()).replaceFirst("");
    }

    private static boolean isBold(PDFont font) {
        if (font.getName() != null && BOLD_NAME.matcher(font.getName()).find()) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }

    private static boolean isSpace(TextPosition glyph) {
        return glyph.getUnicode().codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** Half a space of the glyph's font, as PDFBox's own stripper judges word breaks. */
    private static double wordGap(TextPosition glyph) {
        float space = glyph.getWidthOfSpace();
        return 0.5 * (Float.isNaN(space) || space <= 0 ? 0.5 * glyph.getFontSizeInPt() : space);
    }
}
