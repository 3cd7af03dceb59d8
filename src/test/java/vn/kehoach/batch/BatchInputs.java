package vn.kehoach.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.kehoach.samples.DocxWriter;
import vn.kehoach.samples.OfficeScanner;
import vn.kehoach.samples.PlanText;
import vn.kehoach.samples.TypedPdfWriter;

/**
 * Generated inputs for batch tests: plans that differ from each other (so each has its own SHA-256) in
 * every kind the pipeline reads, and bad files of every sort, decompression bombs included.
 */
final class BatchInputs {

    private static final String SEED_003 = read(Path.of("samples/seed-003.md"));
    /** Side of the bomb images: 2.5 Gpixel, 25 times the default pixel limit. */
    static final int BOMB_SIDE = 50_000;

    private BatchInputs() {
    }

    /** Seed 003 with a note and an annex table of its own: the table's figures and total depend on {@code n}. */
    static String plan(int n) {
        Random random = new Random(n);
        StringBuilder table = new StringBuilder("\nPhụ lục " + n + ": Kinh phí hỗ trợ theo đơn vị\n\n"
            + "| STT | Đơn vị | Số hộ nghèo | Kinh phí (triệu đồng) |\n|---|---|---|---|\n");
        long households = 0;
        long money = 0;
        for (int unit = 1; unit <= 4; unit++) {
            long h = 10 + random.nextInt(90);
            long m = 100 + random.nextInt(900);
            households += h;
            money += m;
            table.append("| ").append(unit).append(" | Thôn ").append(unit).append(" | ").append(h).append(" | ")
                .append(m).append(" |\n");
        }
        table.append("| | Tổng cộng | ").append(households).append(" | ").append(money).append(" |\n");
        return SEED_003 + "\nGhi chú: bản lưu số " + n + ".\n" + table;
    }

    /** A plan short enough to fit on one page: a cheap scan. */
    static String shortPlan(int n) {
        return "## KẾ HOẠCH\n\n### **Kiểm tra công tác y tế xã năm " + (2000 + n) + "**\n\n"
            + "#### **I. MỤC ĐÍCH, YÊU CẦU**\n\n1. Đánh giá kết quả thực hiện nhiệm vụ của trạm y tế xã số " + n + ".\n";
    }

    static Path markdown(Path dir, String name, int n) throws IOException {
        return Files.writeString(dir.resolve(name), plan(n));
    }

    static Path typedPdf(Path dir, String name, int n) throws IOException {
        Path pdf = dir.resolve(name);
        TypedPdfWriter.write(plan(n), pdf);
        return pdf;
    }

    static Path docx(Path dir, String name, int n) throws IOException {
        Path docx = dir.resolve(name);
        DocxWriter.write(PlanText.parse(plan(n)), docx);
        return docx;
    }

    /** An image-only PDF of the plan typeset, degraded like an office scan ({@link #shortPlan}: one page). */
    static Path scannedPdf(Path dir, String name, String markdown, int seed, Path work) throws IOException {
        Path typed = work.resolve(name + ".typed.pdf");
        TypedPdfWriter.write(markdown, typed);
        Path pdf = dir.resolve(name);
        OfficeScanner.writeImagePdf(OfficeScanner.scan(typed, seed), pdf);
        return pdf;
    }

    static Path truncatedPdf(Path dir, String name, Path work) throws IOException {
        byte[] pdf = Files.readAllBytes(typedPdf(work, name, 999));
        return Files.write(dir.resolve(name), Arrays.copyOf(pdf, pdf.length / 2));
    }

    static Path randomBytes(Path dir, String name) throws IOException {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        return Files.write(dir.resolve(name), noise);
    }

    /** A PDF of blank pages, cheap to make and to open: only the page count is large. */
    static Path manyPagesPdf(Path dir, String name, int pages) throws IOException {
        Path pdf = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            document.save(pdf.toFile());
        }
        return pdf;
    }

    /** A white 1-bit PNG of {@link #BOMB_SIDE} pixels square: some 300 KB that decode to 312 MB. */
    static Path bombPng(Path dir, String name) throws IOException {
        Path png = dir.resolve(name);
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(png))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            byte[] header = new byte[13];
            ByteBuffer.wrap(header).putInt(BOMB_SIDE).putInt(BOMB_SIDE).put((byte) 1).put((byte) 0);
            chunk(out, "IHDR", header);
            byte[] row = new byte[1 + BOMB_SIDE / 8]; // filter byte "none", then 8 white pixels a byte
            Arrays.fill(row, 1, row.length, (byte) 0xff);
            chunk(out, "IDAT", deflatedRows(row));
            chunk(out, "IEND", new byte[0]);
        }
        return png;
    }

    /** A one-page "scan" whose image claims {@link #BOMB_SIDE} pixels square: the same bomb inside a PDF. */
    static Path bombPdf(Path dir, String name) throws IOException {
        Path pdf = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            byte[] row = new byte[BOMB_SIDE / 8];
            PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(deflatedRows(row)),
                COSName.FLATE_DECODE, BOMB_SIDE, BOMB_SIDE, 1, PDDeviceGray.INSTANCE);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.save(pdf.toFile());
        }
        return pdf;
    }

    /** {@link #BOMB_SIDE} copies of the row, deflated. */
    private static byte[] deflatedRows(byte[] row) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream deflate = new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
            for (int y = 0; y < BOMB_SIDE; y++) {
                deflate.write(row);
            }
        }
        return packed.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
