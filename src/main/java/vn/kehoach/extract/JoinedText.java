package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.Line;
import vn.kehoach.model.SourceSpan;

/**
 * Lines joined by single spaces, with the way back from a character offset to the lines it came
 * from: rules match across line breaks, spans still name the printed lines. {@code folded} is the
 * same text through {@link OcrText#fold}, offset for offset.
 */
final class JoinedText {

    private final List<Line> lines;
    private final int[] lineStarts;
    private final String text;
    private final String folded;

    JoinedText(List<Line> lines) {
        this.lines = List.copyOf(lines);
        this.lineStarts = new int[lines.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                joined.append(' ');
            }
            lineStarts[i] = joined.length();
            joined.append(lines.get(i).text().strip());
        }
        this.text = joined.toString();
        this.folded = OcrText.fold(text);
    }

    static JoinedText of(List<TextUnit> units) {
        List<Line> all = new ArrayList<>();
        units.forEach(u -> all.addAll(u.lines()));
        return new JoinedText(all);
    }

    String text() {
        return text;
    }

    String folded() {
        return folded;
    }

    /** The printed text between two offsets, trimmed; Markdown emphasis marks dropped. */
    String slice(int start, int end) {
        return text.substring(start, end).replace("**", "").strip();
    }

    /** The lines a character range touches. */
    SourceSpan span(int start, int end) {
        return SourceSpan.of(lines.subList(lineAt(start), lineAt(Math.max(start, end - 1)) + 1));
    }

    /** Mean recognition confidence of the lines a range touches: OCR text is trusted less. */
    double confidence(int start, int end) {
        return lines.subList(lineAt(start), lineAt(Math.max(start, end - 1)) + 1).stream()
            .mapToDouble(l -> l.provenance().confidence()).average().orElse(1);
    }

    private int lineAt(int offset) {
        int i = 0;
        while (i + 1 < lineStarts.length && lineStarts[i + 1] <= offset) {
            i++;
        }
        return i;
    }
}
