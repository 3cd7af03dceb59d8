package vn.kehoach.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.kehoach.model.Line;

/**
 * Reads the text layer of every page as lines in reading order. PDFBox's stripper still does the glyph
 * work (duplicate fake-bold glyphs dropped, combining marks merged into their letters); its own line
 * and paragraph heuristics are replaced by {@link GlyphLines}, which keeps boxes and type style.
 */
final class TextLayerReader extends PDFTextStripper {

    private final List<List<Line>> pages = new ArrayList<>();

    private TextLayerReader() {
    }

    /** The lines of each page, index 0 for page 1; a page without text has no lines. */
    static List<List<Line>> read(PDDocument document) throws IOException {
        TextLayerReader reader = new TextLayerReader();
        reader.pages.addAll(Collections.nCopies(document.getNumberOfPages(), List.of()));
        reader.writeText(document, Writer.nullWriter());
        return reader.pages;
    }

    @Override
    protected void writePage() {
        List<TextPosition> glyphs = new ArrayList<>();
        getCharactersByArticle().forEach(glyphs::addAll);
        int pageNumber = getCurrentPageNo();
        pages.set(pageNumber - 1, GlyphLines.assemble(glyphs, pageNumber));
    }
}
