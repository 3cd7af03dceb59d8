package vn.kehoach.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Test documents made on the spot: a typed Vietnamese plan page, its degraded scan, an old OCR layer. */
final class Fixtures {

    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
    static final float CENTRED = -1;

    /** One typeset line: baseline {@code drop} points below the previous one, at {@code x} or centred. */
    record TypedLine(String text, boolean bold, float size, float x, float drop) {
    }

    static TypedLine line(String text, float x, float drop) {
        return new TypedLine(text, false, 12, x, drop);
    }

    /** A plan page with a two-column header, headings, paragraphs with first-line indents and list items. */
    static final List<TypedLine> PLAN = List.of(
        new TypedLine("ỦY BAN NHÂN DÂN XÃ AN BÌNH", false, 11, 72, 72),
        new TypedLine("Độc lập - Tự do - Hạnh phúc", false, 11, 340, 0),
        new TypedLine("KẾ HOẠCH", true, 16, CENTRED, 42),
        new TypedLine("Triển khai chuyển đổi số trong cơ quan nhà nước năm 2024", true, 13, CENTRED, 22),
        line("Thực hiện Nghị quyết số 12/NQ-HĐND ngày 15/3/2024 của Hội đồng", 108, 30),
        line("nhân dân xã về nhiệm vụ phát triển kinh tế - xã hội, Ủy ban nhân", 72, 18),
        line("dân xã xây dựng kế hoạch thực hiện với những nội dung sau:", 72, 18),
        new TypedLine("I. MỤC ĐÍCH, YÊU CẦU", true, 12, 72, 26),
        line("Nâng cao chất lượng phục vụ người dân và doanh nghiệp, bảo đảm", 108, 24),
        line("thủ tục hành chính được giải quyết đúng hạn, công khai, minh bạch.", 72, 18),
        line("- Hoàn thành việc số hóa hồ sơ, kết quả giải quyết thủ tục hành", 108, 18),
        line("chính còn hiệu lực trước ngày 30 tháng 9 năm 2024;", 72, 18),
        line("- Tỷ lệ hồ sơ trực tuyến toàn trình đạt ít nhất 80%.", 108, 18),
        new TypedLine("II. NHIỆM VỤ VÀ GIẢI PHÁP", true, 12, 72, 26),
        line("a) Tuyên truyền, phổ biến lợi ích của dịch vụ công trực tuyến;", 108, 24),
        line("b) Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã.", 108, 18),
        line("2.1. Kinh phí thực hiện từ nguồn ngân sách xã được giao.", 108, 18),
        line("Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc,", 108, 18),
        line("các bộ phận kịp thời báo cáo Ủy ban nhân dân xã để xem xét.", 72, 18),
        line("Kế hoạch này được gửi tới các thôn và đoàn thể để phối hợp.", 72, 30));

    private Fixtures() {
    }

    static List<String> planTexts() {
        return PLAN.stream().map(TypedLine::text).toList();
    }

    /** Typesets the lines on one A4 page with DejaVu Serif, embedded. */
    static void typedPdf(List<TypedLine> lines, Path out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont regular = PDType0Font.load(document, DEJAVU.resolve("DejaVuSerif.ttf").toFile());
            PDFont bold = PDType0Font.load(document, DEJAVU.resolve("DejaVuSerif-Bold.ttf").toFile());
            float height = page.getMediaBox().getHeight();
            float baseline = 0;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (TypedLine line : lines) {
                    PDFont font = line.bold() ? bold : regular;
                    baseline += line.drop();
                    float width = font.getStringWidth(line.text()) / 1000 * line.size();
                    float x = line.x() == CENTRED ? (page.getMediaBox().getWidth() - width) / 2 : line.x();
                    content.beginText();
                    content.setFont(font, line.size());
                    content.newLineAtOffset(x, height - baseline);
                    content.showText(line.text());
                    content.endText();
                }
            }
            document.save(out.toFile());
        }
    }

    /**
     * The page as a scanner would see it at the resolution: turned by 0.6 degrees, blurred, greyish
     * paper and ink, grain and dark specks.
     */
    static BufferedImage scanned(Path typedPdf, int dpi) throws IOException {
        BufferedImage clean;
        try (PDDocument document = Loader.loadPDF(typedPdf.toFile())) {
            clean = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.GRAY);
        }
        BufferedImage turned = new BufferedImage(clean.getWidth(), clean.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, turned.getWidth(), turned.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(0.6), clean.getWidth() / 2.0, clean.getHeight() / 2.0);
        g.drawImage(clean, 0, 0, null);
        g.dispose();
        float[] blur = {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f};
        BufferedImage blurred = new ConvolveOp(new Kernel(3, 3, blur), ConvolveOp.EDGE_NO_OP, null).filter(turned, null);
        Random random = new Random(42);
        byte[] pixels = ((java.awt.image.DataBufferByte) blurred.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int ink = 45 + (pixels[i] & 0xff) * (230 - 45) / 255;
            int value = random.nextInt(2000) == 0 ? 60 : ink + (int) Math.round(random.nextGaussian() * 22);
            pixels[i] = (byte) Math.max(0, Math.min(255, value));
        }
        return blurred;
    }

    static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A one-page A4 PDF whose only content is the JPEG drawn over the whole page, as scanners write. */
    static void scanPdf(byte[] jpeg, Path out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = JPEGFactory.createFromByteArray(document, jpeg);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.save(out.toFile());
        }
    }

    /**
     * The scan with an invisible text layer from Tesseract's English model, as old scanner software
     * left them: {@code tesseract -l eng -c textonly_pdf=1} on the page image, laid over the page.
     */
    static void withEnglishOcrLayer(Path scanPdf, BufferedImage scan, Path out) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(out.getParent(), "eng-ocr");
        Path png = work.resolve("page.png");
        ImageIO.write(scan, "png", png.toFile());
        Process tesseract = new ProcessBuilder("tesseract", png.toString(), work.resolve("layer").toString(),
            "-l", "eng", "--dpi", "300", "-c", "textonly_pdf=1", "pdf")
            .redirectErrorStream(true).redirectOutput(work.resolve("log.txt").toFile()).start();
        if (!tesseract.waitFor(120, TimeUnit.SECONDS) || tesseract.exitValue() != 0) {
            throw new IOException("tesseract failed: " + Files.readString(work.resolve("log.txt")));
        }
        try (PDDocument document = Loader.loadPDF(scanPdf.toFile());
             PDDocument layer = Loader.loadPDF(work.resolve("layer.pdf").toFile())) {
            PDPage page = document.getPage(0);
            PDFormXObject form = new LayerUtility(document).importPageAsForm(layer, 0);
            float scale = page.getMediaBox().getWidth() / form.getBBox().getWidth();
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.transform(org.apache.pdfbox.util.Matrix.getScaleInstance(scale, scale));
                content.drawForm(form);
            }
            document.save(out.toFile());
        }
    }

    /** The PDF with a short visible line of text printed at the foot of its first page, as a page number. */
    static void stamped(Path pdf, String text, Path out) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDPage page = document.getPage(0);
            PDFont font = PDType0Font.load(document, DEJAVU.resolve("DejaVuSerif.ttf").toFile());
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(font, 11);
                content.newLineAtOffset(480, 40);
                content.showText(text);
                content.endText();
            }
            document.save(out.toFile());
        }
    }
}
