package vn.kehoach.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Typesets a {@link PlanText} on A4 the way a Vietnamese office types a plan: 13 pt serif body, justified,
 * first lines indented; bold centred 14 pt title and subject; bold section headings; the recipients list in
 * 11 pt; the signer block centred in the right half. Fonts are DejaVu Serif (it has every Vietnamese glyph),
 * embedded as subsets, so the PDF carries a real text layer.
 */
public final class TypedPdfWriter {

    private static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final float CM = 72f / 2.54f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 3 * CM;
    private static final float RIGHT = PAGE.getWidth() - 2 * CM;
    private static final float TOP = PAGE.getHeight() - 2 * CM;
    private static final float BOTTOM = 2 * CM;
    private static final float INDENT = 1 * CM;
    private static final float LINE_SPACING = 1.25f;
    private static final float PARAGRAPH_GAP = 6;
    /** The title block stands apart from the body below it. */
    private static final float AFTER_SUBJECT_GAP = 18;
    private static final float SIGNATURE_GAP = 60;

    private enum Align { LEFT, CENTRE, JUSTIFY }

    private record Style(boolean bold, float size, Align align, float firstIndent, float gapBefore) {}

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final List<List<String>> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float baseline;
    private PlanText.Kind previous;

    private TypedPdfWriter(PDDocument document) throws IOException {
        this.document = document;
        this.regular = PDType0Font.load(document, FONT_DIR.resolve("DejaVuSerif.ttf").toFile());
        this.bold = PDType0Font.load(document, FONT_DIR.resolve("DejaVuSerif-Bold.ttf").toFile());
    }

    /** Typesets Markdown-ish text as read by {@link PlanText#parse}; returns the printed lines per page. */
    public static List<List<String>> write(String markdown, Path pdf) throws IOException {
        return write(PlanText.parse(markdown), pdf);
    }

    /**
     * Writes the typed PDF.
     *
     * @return the printed lines of each page, in the order drawn (the gold text, see {@link #goldText})
     */
    public static List<List<String>> write(PlanText plan, Path pdf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            TypedPdfWriter writer = new TypedPdfWriter(document);
            writer.newPage();
            for (PlanText.Block block : plan.body()) {
                writer.block(block);
            }
            writer.closing(plan.closing());
            writer.content.close();
            ReproduciblePdf.save(document, pdf);
            return List.copyOf(writer.pages);
        }
    }

    /** The gold text format: one line per printed line, "\n" after each, pages separated by "\f". */
    public static String goldText(List<List<String>> pages) {
        List<String> pageTexts = new ArrayList<>();
        for (List<String> lines : pages) {
            pageTexts.add(String.join("\n", lines) + "\n");
        }
        return String.join("\f", pageTexts);
    }

    private static Style styleOf(PlanText.Kind kind) {
        return switch (kind) {
            case TITLE, SUBJECT -> new Style(true, 14, Align.CENTRE, 0, 0);
            case SECTION, SUBSECTION -> new Style(true, 13, Align.JUSTIFY, INDENT, PARAGRAPH_GAP);
            case PARAGRAPH -> new Style(false, 13, Align.JUSTIFY, INDENT, PARAGRAPH_GAP);
        };
    }

    private void block(PlanText.Block block) throws IOException {
        Style style = styleOf(block.kind());
        boolean heading = block.kind() != PlanText.Kind.PARAGRAPH;
        List<String> lines = wrap(block.text(), style, RIGHT - LEFT);
        // A heading must not end a page: keep it with two lines of what follows.
        int keepLines = heading ? lines.size() + 2 : 1;
        float gap = previous == PlanText.Kind.SUBJECT ? AFTER_SUBJECT_GAP : style.gapBefore();
        skip(gap, keepLines * lineHeight(style.size()));
        previous = block.kind();
        for (int i = 0; i < lines.size(); i++) {
            boolean lastLine = i == lines.size() - 1;
            Align align = style.align() == Align.JUSTIFY && lastLine ? Align.LEFT : style.align();
            float indent = i == 0 ? style.firstIndent() : 0;
            line(lines.get(i), style, align, LEFT + indent, RIGHT);
        }
    }

    /** Recipients on the left, then the signer block centred in the right half, kept on one page. */
    private void closing(PlanText.Closing closing) throws IOException {
        Style heading = new Style(true, 12, Align.LEFT, 0, 2 * PARAGRAPH_GAP);
        Style recipient = new Style(false, 11, Align.LEFT, 0, 0);
        Style signer = new Style(true, 13, Align.CENTRE, 0, 2 * PARAGRAPH_GAP);
        float height = lineHeight(12) + closing.recipients().size() * lineHeight(11)
            + (closing.signerTitles().size() + 1) * lineHeight(13) + SIGNATURE_GAP + signer.gapBefore();
        skip(heading.gapBefore(), height);
        if (!closing.recipients().isEmpty()) {
            line(closing.heading(), heading, Align.LEFT, LEFT, RIGHT);
            for (String text : closing.recipients()) {
                line(text, recipient, Align.LEFT, LEFT, RIGHT);
            }
        }
        float middle = (LEFT + RIGHT) / 2;
        skip(signer.gapBefore(), 0);
        for (String title : closing.signerTitles()) {
            line(title, signer, Align.CENTRE, middle, RIGHT);
        }
        if (!closing.signerName().isEmpty()) {
            skip(SIGNATURE_GAP, 0);
            line(closing.signerName(), signer, Align.CENTRE, middle, RIGHT);
        }
    }

    /** Moves down by {@code gap}, or to a new page if {@code needed} points would not fit below the gap. */
    private void skip(float gap, float needed) throws IOException {
        if (baseline - gap - needed < BOTTOM) {
            newPage();
        } else if (baseline < TOP) {
            baseline -= gap;
        }
    }

    private void line(String text, Style style, Align align, float left, float right) throws IOException {
        float height = lineHeight(style.size());
        if (baseline - height < BOTTOM) {
            newPage();
        }
        baseline -= height;
        PDFont font = style.bold() ? bold : regular;
        float free = right - left - width(text, font, style.size());
        content.beginText();
        content.setFont(font, style.size());
        content.newLineAtOffset(align == Align.CENTRE ? left + free / 2 : left, baseline);
        String[] words = text.split(" ");
        if (align == Align.JUSTIFY && words.length > 1) {
            content.showTextWithPositioning(justified(words, free / (words.length - 1), style.size()));
        } else {
            content.showText(text);
        }
        content.endText();
        pages.get(pages.size() - 1).add(text);
    }

    /** Real space glyphs plus a negative TJ adjustment after each, so extractors still see one space. */
    private static Object[] justified(String[] words, float extraPerGap, float fontSize) {
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            boolean last = i == words.length - 1;
            parts.add(last ? words[i] : words[i] + " ");
            if (!last) {
                parts.add(-extraPerGap * 1000 / fontSize);
            }
        }
        return parts.toArray();
    }

    private List<String> wrap(String text, Style style, float width) {
        PDFont font = style.bold() ? bold : regular;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            float available = width - (lines.isEmpty() ? style.firstIndent() : 0);
            if (line.length() > 0 && width(line + " " + word, font, style.size()) > available) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        pages.add(new ArrayList<>());
        baseline = TOP;
    }

    private static float lineHeight(float fontSize) {
        return fontSize * LINE_SPACING;
    }

    private static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
