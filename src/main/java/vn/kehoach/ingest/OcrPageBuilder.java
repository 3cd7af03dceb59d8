package vn.kehoach.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.Box;
import vn.kehoach.model.Line;
import vn.kehoach.model.OcrStats;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.Word;

/** Assembles OCR words into lines and lines into Tesseract's paragraphs, in the order the iterator reports them. */
final class OcrPageBuilder {
    private final PageImage image;
    private final int pageNumber;
    private final List<List<Line>> paragraphs = new ArrayList<>();
    private List<Line> paragraph = new ArrayList<>();
    private final List<Word> line = new ArrayList<>();
    private int wordCount;
    private double confidenceSum;
    private int lineCount;

    OcrPageBuilder(PageImage image, int pageNumber) {
        this.image = image;
        this.pageNumber = pageNumber;
    }

    /** A word as Tesseract read it, with its box in image pixels. */
    record OcrWord(boolean newParagraph, boolean newLine, String text, double confidence, int left, int top, int right, int bottom) {

        OcrWord reading(String newText, double newConfidence) {
            return new OcrWord(newParagraph, newLine, newText, newConfidence, left, top, right, bottom);
        }
    }

    void add(OcrWord word) {
        add(word.newParagraph(), word.newLine(), word.text(), word.confidence(),
            image.toPage(word.left(), word.top(), word.right(), word.bottom()));
    }

    /** The page's blocks and figures once every word is added. */
    OcrEngine.Result result(String language, long millis) {
        finishParagraph();
        return new OcrEngine.Result(OcrBlocks.of(paragraphs), new OcrStats(language, image.dpi(), wordCount,
            wordCount == 0 ? 0 : confidenceSum / wordCount, millis));
    }

    private void add(boolean newParagraph, boolean newLine, String text, double confidence, Box box) {
        if (newParagraph) {
            finishParagraph();
        } else if (newLine) {
            finishLine();
        }
        if (text.isEmpty()) {
            return;
        }
        line.add(new Word(text, box, confidence));
        wordCount++;
        confidenceSum += confidence;
    }

    private void finishParagraph() {
        finishLine();
        if (paragraph.isEmpty()) {
            return;
        }
        paragraphs.add(paragraph);
        paragraph = new ArrayList<>();
    }

    private void finishLine() {
        if (line.isEmpty()) {
            return;
        }
        String text = String.join(" ", line.stream().map(Word::text).toList());
        Box box = line.stream().map(Word::box).reduce(Box::union).orElseThrow();
        double confidence = line.stream().mapToDouble(Word::confidence).average().orElseThrow();
        paragraph.add(new Line(text, line, null, new Provenance(SourceKind.OCR, pageNumber, ++lineCount, box, confidence)));
        line.clear();
    }
}
