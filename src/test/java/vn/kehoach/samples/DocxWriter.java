package vn.kehoach.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a {@link PlanText} as a Word document the way Vietnamese offices lay a plan out: A4, Times New
 * Roman 13 pt, the title and subject in Title/Subtitle style, sections in Heading1 and subsections in
 * Heading2 (Tika reports them as h1 and h2), plain body paragraphs, and the closing as a borderless table
 * of one row: recipients in the left cell, the signer block in the right one.
 */
public final class DocxWriter {

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2020, 3, 1, 0, 0);
    private static final String FONT = "Times New Roman";
    private static final int BODY_HALF_POINTS = 26;
    /** Word measures page geometry in twentieths of a point: 567 per cm. */
    private static final int TWIPS_PER_CM = 567;
    private static final int SIGNATURE_SPACE = 3 * TWIPS_PER_CM;

    private DocxWriter() {}

    /**
     * Writes the DOCX.
     *
     * @return the gold text: every paragraph in document order, one per line, the table's left cell before
     *     its right cell. Tika's plain text (BodyContentHandler) equals it once each line is trimmed and
     *     empty lines dropped: Tika adds a tab before each cell and blank lines at the end.
     */
    public static List<String> write(PlanText plan, Path docx) throws IOException {
        List<String> gold = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument()) {
            defineStyles(document.createStyles());
            setA4Page(document);
            for (PlanText.Block block : plan.body()) {
                XWPFParagraph paragraph = document.createParagraph();
                String style = switch (block.kind()) {
                    case TITLE -> "Title";
                    case SUBJECT -> "Subtitle";
                    case SECTION -> "Heading1";
                    case SUBSECTION -> "Heading2";
                    case PARAGRAPH -> "Normal";
                };
                paragraph.setStyle(style);
                paragraph.createRun().setText(block.text());
                gold.add(block.text());
            }
            closingTable(document, plan.closing(), gold);
            // POI would stamp the current time into docProps/core.xml and on every zip entry.
            document.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(
                FIXED_TIME.toInstant(ZoneOffset.UTC))));
            writeWithFixedTimes(document, docx);
        }
        return gold;
    }

    private static void writeWithFixedTimes(XWPFDocument document, Path docx) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        document.write(packed);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(packed.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_TIME);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    private static void closingTable(XWPFDocument document, PlanText.Closing closing, List<String> gold) {
        if (closing.recipients().isEmpty() && closing.signerTitles().isEmpty() && closing.signerName().isEmpty()) {
            return;
        }
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("45%");
        right.setWidth("55%");
        if (!closing.recipients().isEmpty()) {
            cellParagraph(left, closing.heading(), true, 12, ParagraphAlignment.LEFT, 0, gold);
            for (String recipient : closing.recipients()) {
                cellParagraph(left, recipient, false, 11, ParagraphAlignment.LEFT, 0, gold);
            }
        }
        for (String title : closing.signerTitles()) {
            cellParagraph(right, title, true, 13, ParagraphAlignment.CENTER, 0, gold);
        }
        if (!closing.signerName().isEmpty()) {
            // Room for the signature and the seal, as spacing rather than empty paragraphs.
            cellParagraph(right, closing.signerName(), true, 13, ParagraphAlignment.CENTER, SIGNATURE_SPACE, gold);
        }
    }

    private static void cellParagraph(XWPFTableCell cell, String text, boolean bold, int points,
                                      ParagraphAlignment alignment, int spaceBeforeTwips, List<String> gold) {
        // A new cell already holds one empty paragraph: use it first.
        XWPFParagraph first = cell.getParagraphs().get(0);
        XWPFParagraph paragraph = first.getRuns().isEmpty() ? first : cell.addParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(spaceBeforeTwips);
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontSize(points);
        run.setText(text);
        gold.add(text);
    }

    /**
     * Tika tags a paragraph by its style's name, not its id: "heading 1" gives h1, "heading 2" h2, "Title"
     * {@code <h1 class="title">} and "Subtitle" {@code <h2 class="subtitle">}.
     */
    private static void defineStyles(XWPFStyles styles) {
        CTStyle normal = style(styles, "Normal", "Normal", false, BODY_HALF_POINTS, null);
        normal.getPPr().addNewJc().setVal(STJc.BOTH);
        normal.getPPr().addNewInd().setFirstLine(BigInteger.valueOf(TWIPS_PER_CM));
        style(styles, "Title", "Title", true, 28, null).getPPr().addNewJc()
            .setVal(STJc.CENTER);
        style(styles, "Subtitle", "Subtitle", true, 28, null).getPPr().addNewJc()
            .setVal(STJc.CENTER);
        style(styles, "Heading1", "heading 1", true, BODY_HALF_POINTS, 0);
        style(styles, "Heading2", "heading 2", true, BODY_HALF_POINTS, 1);
    }

    private static CTStyle style(XWPFStyles styles, String id, String name, boolean bold, int halfPoints,
                                 Integer outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (!id.equals("Normal")) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewQFormat();
        }
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setAfter(BigInteger.valueOf(120));
        if (outlineLevel != null) {
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        styles.addStyle(new XWPFStyle(style, styles));
        return style;
    }

    private static void setA4Page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2L * TWIPS_PER_CM));
        margins.setBottom(BigInteger.valueOf(2L * TWIPS_PER_CM));
        margins.setLeft(BigInteger.valueOf(3L * TWIPS_PER_CM));
        margins.setRight(BigInteger.valueOf(2L * TWIPS_PER_CM));
    }
}
