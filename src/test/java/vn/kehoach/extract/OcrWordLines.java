package vn.kehoach.extract;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.Tesseract;
import vn.kehoach.model.Box;
import vn.kehoach.model.Line;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.Word;

/**
 * What an OCR ingester gives, for tests: Tesseract's ({@code vie}, automatic page segmentation) text lines
 * of a page image, each with its words, boxes converted from pixels to points, confidences to [0, 1].
 */
final class OcrWordLines {

    private static final String TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";

    private OcrWordLines() {
    }

    static List<Line> read(BufferedImage image, int dpi, int page) throws Exception {
        Tesseract tesseract = new Tesseract();
        tesseract.setDatapath(TESSDATA);
        tesseract.setLanguage("vie");
        tesseract.setPageSegMode(ITessAPI.TessPageSegMode.PSM_AUTO);
        double scale = 72.0 / dpi;
        List<net.sourceforge.tess4j.Word> lineBoxes = tesseract.getWords(image, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE);
        List<net.sourceforge.tess4j.Word> words = tesseract.getWords(image, ITessAPI.TessPageIteratorLevel.RIL_WORD);
        List<Line> lines = new ArrayList<>();
        for (net.sourceforge.tess4j.Word lineBox : lineBoxes) {
            List<Word> inLine = new ArrayList<>();
            for (net.sourceforge.tess4j.Word w : words) {
                Rectangle r = w.getBoundingBox();
                if (!w.getText().isBlank() && lineBox.getBoundingBox().contains(r.getCenterX(), r.getCenterY())) {
                    inLine.add(new Word(w.getText().strip(), points(r, scale), Math.max(0, Math.min(1, w.getConfidence() / 100))));
                }
            }
            if (!inLine.isEmpty()) {
                double confidence = inLine.stream().mapToDouble(Word::confidence).average().orElseThrow();
                lines.add(new Line(String.join(" ", inLine.stream().map(Word::text).toList()), inLine, null,
                    new Provenance(SourceKind.OCR, page, lines.size() + 1, points(lineBox.getBoundingBox(), scale), confidence)));
            }
        }
        return lines;
    }

    private static Box points(Rectangle r, double scale) {
        return new Box(r.x * scale, r.y * scale, r.width * scale, r.height * scale);
    }
}
