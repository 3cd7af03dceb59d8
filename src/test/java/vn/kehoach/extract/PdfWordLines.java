package vn.kehoach.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.kehoach.model.Box;
import vn.kehoach.model.Line;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.Word;

/**
 * What a text-layer ingester gives, for tests: a page's glyphs from PDFBox's {@link TextPosition}s, grouped
 * into lines by baseline and into words at space glyphs, each word with its box in points from the top-left.
 */
final class PdfWordLines {

    private static final double SAME_BASELINE = 2.0;

    private PdfWordLines() {
    }

    static List<Line> read(PDDocument pdf, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.writeText(pdf, new StringWriter());
        List<List<TextPosition>> lines = new ArrayList<>();
        glyphs.stream().sorted(Comparator.comparingDouble(TextPosition::getYDirAdj)).forEach(g -> {
            List<TextPosition> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).getYDirAdj() - g.getYDirAdj()) <= SAME_BASELINE) {
                last.add(g);
            } else {
                lines.add(new ArrayList<>(List.of(g)));
            }
        });
        List<Line> result = new ArrayList<>();
        for (List<TextPosition> line : lines) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            List<Word> words = words(line);
            String text = String.join(" ", words.stream().map(Word::text).toList());
            Box box = words.stream().map(Word::box).reduce(Box::union).orElseThrow();
            result.add(new Line(text, words, null, new Provenance(SourceKind.TEXT_LAYER, page, result.size() + 1, box, 1.0)));
        }
        return result;
    }

    private static List<Word> words(List<TextPosition> line) {
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Box box = null;
        for (TextPosition g : line) {
            if (g.getUnicode().isBlank()) {
                box = flush(words, text, box);
                continue;
            }
            Box glyph = new Box(g.getXDirAdj(), g.getYDirAdj() - g.getHeightDir(), g.getWidthDirAdj(), g.getHeightDir());
            if (box != null && g.getXDirAdj() - box.right() > g.getWidthOfSpace() * 0.8) {
                box = flush(words, text, box);
            }
            text.append(g.getUnicode());
            box = box == null ? glyph : box.union(glyph);
        }
        flush(words, text, box);
        return words;
    }

    private static Box flush(List<Word> words, StringBuilder text, Box box) {
        if (!text.isEmpty()) {
            words.add(new Word(text.toString(), box, 1.0));
            text.setLength(0);
        }
        return null;
    }
}
