package vn.kehoach.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Real office files written in the tests: DOCX through POI, ODT as a hand-made package, encrypted OOXML. */
final class OfficeFixtures {

    private OfficeFixtures() {
    }

    /**
     * A plan in Word: two headings, a paragraph with a soft line break and bold, a bold paragraph, a
     * bulleted and a numbered list, and a 3x4 table whose "Nội dung" header spans two columns and whose
     * "Kinh phí" header spans two rows.
     */
    static byte[] planDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            addHeadingStyles(doc);
            heading(doc, 1, "KẾ HOẠCH");
            heading(doc, 2, "I. MỤC ĐÍCH, YÊU CẦU");

            XWPFParagraph mixed = doc.createParagraph();
            mixed.createRun().setText("Thực hiện ");
            XWPFRun bold = mixed.createRun();
            bold.setBold(true);
            bold.setText("Nghị quyết số 09-NQ/TU");
            bold.addBreak();
            mixed.createRun().setText("của Ban Chấp hành Đảng bộ tỉnh.");

            XWPFRun allBold = doc.createParagraph().createRun();
            allBold.setBold(true);
            allBold.setText("Nơi nhận:");

            XWPFNumbering numbering = doc.createNumbering();
            BigInteger bullets = numbering.addNum(numbering.addAbstractNum(listFormat(0, STNumberFormat.BULLET, "•")));
            BigInteger numbers = numbering.addNum(numbering.addAbstractNum(listFormat(1, STNumberFormat.DECIMAL, "%1.")));
            listItem(doc, bullets, "Tuyên truyền sâu rộng trong nhân dân");
            listItem(doc, bullets, "Kiểm tra, giám sát việc thực hiện");
            listItem(doc, numbers, "Ủy ban nhân dân xã chủ trì");
            listItem(doc, numbers, "Trạm Y tế xã phối hợp");

            XWPFTable table = doc.createTable(3, 4);
            String[][] texts = {
                {"STT", "Nội dung", "", "Kinh phí"},
                {"1", "Khám bệnh", "Cấp thuốc", ""},
                {"2", "Tặng quà", "Hộ nghèo", "50"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 4; c++) {
                    table.getRow(r).getCell(c).setText(texts[r][c]);
                }
            }
            table.getRow(1).getCell(1).addParagraph().createRun().setText("miễn phí");
            XWPFTableCell content = table.getRow(0).getCell(1);
            content.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).removeCell(2);
            table.getRow(0).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(1).getCell(3).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);

            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Two paragraphs around a picture, which Word stores as an embedded part of the package. */
    static byte[] docxWithPicture() throws IOException, InvalidFormatException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Trước sơ đồ");
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png.toByteArray()),
                PictureType.PNG, "so-do.png", Units.toEMU(4), Units.toEMU(4));
            doc.createParagraph().createRun().setText("Sau sơ đồ");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The same plan, encrypted with a password the way Word does it (agile encryption). */
    static byte[] encryptedDocx() throws IOException, GeneralSecurityException {
        byte[] plain = planDocx();
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mat-khau");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(plain);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /**
     * An OpenDocument text as LibreOffice would store it, minus styles: a heading, a paragraph with a bold
     * span and a line break, a list, and a table with a cell spanning two columns and one spanning two rows.
     */
    static byte[] planOdt() throws IOException {
        String content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
            xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
            <office:automatic-styles><style:style style:name="T1" style:family="text">\
            <style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>
            <office:body><office:text>
            <text:h text:outline-level="1">KẾ HOẠCH</text:h>
            <text:p><text:span text:style-name="T1">Thực hiện</text:span> Quyết định số 289<text:line-break/>\
            của Ban Chấp hành</text:p>
            <text:list><text:list-item><text:p>Khám bệnh miễn phí</text:p></text:list-item></text:list>
            <table:table><table:table-column table:number-columns-repeated="3"/>
            <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Nội dung</text:p>\
            </table:table-cell><table:covered-table-cell/><table:table-cell table:number-rows-spanned="2">\
            <text:p>Kinh phí</text:p></table:table-cell></table:table-row>
            <table:table-row><table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell>\
            <text:p>Tặng quà</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
            </table:table>
            </office:text></office:body></office:document-content>""";
        String manifest = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
             <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>""";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // The package format wants "mimetype" first and stored uncompressed: that is how it is recognised.
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Word only knows a paragraph as a heading through a style named "heading N". */
    private static void addHeadingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            styles.addStyle(new XWPFStyle(style));
        }
    }

    private static void heading(XWPFDocument doc, int level, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.createRun().setText(text);
    }

    private static XWPFAbstractNum listFormat(int id, STNumberFormat.Enum format, String levelText) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl level = list.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(levelText);
        return new XWPFAbstractNum(list);
    }

    private static void listItem(XWPFDocument doc, BigInteger numId, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.ZERO);
        paragraph.createRun().setText(text);
    }
}
