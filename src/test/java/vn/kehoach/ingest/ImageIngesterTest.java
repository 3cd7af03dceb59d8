package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.DocumentKind;
import vn.kehoach.model.Page;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.SourceKind;
import vn.kehoach.pipeline.InputException;
import vn.kehoach.testing.TextMetrics;

/** Image files are OCR'd page by page at the resolution their metadata states. */
@Tag("ocr")
class ImageIngesterTest {

    @TempDir
    static Path dir;
    static OcrEngines engines;
    static ImageIngester ingester;
    static BufferedImage page200;

    @BeforeAll
    static void setUp() throws IOException {
        engines = new OcrEngines("vie");
        ingester = new ImageIngester(engines);
        Path typed = dir.resolve("typed.pdf");
        Fixtures.typedPdf(Fixtures.PLAN, typed);
        try (PDDocument document = Loader.loadPDF(typed.toFile())) {
            page200 = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.GRAY);
        }
    }

    @AfterAll
    static void tearDown() {
        engines.close();
    }

    @Test
    void pngIsReadAtItsStatedResolution() throws Exception {
        Path png = write(List.of(page200), "png", 200, "plan.png");
        PlanDocument document = new Ingestion(List.of(new PdfIngester(engines, false), ingester)).read(png, "plan.png");
        assertEquals(DocumentKind.IMAGE, document.source().kind());
        assertEquals("image/png", document.source().mediaType());
        Page page = document.pages().get(0);
        assertEquals(SourceKind.OCR, page.kind());
        assertNull(page.textLayer());
        assertEquals(200, page.ocr().dpi());
        assertEquals(page200.getWidth() * 72.0 / 200, page.width(), 1e-9);
        assertEquals(595.28, page.width(), 0.5);
        double cer = TextMetrics.characterErrorRate(String.join(" ", Fixtures.planTexts()), ScannedPdfTest.text(page));
        assertTrue(cer <= 0.05, "CER " + cer);
        ScannedPdfTest.assertBoxesOnThePage(page);
        assertEquals(page.ocr().words(), document.source().ocr().words());
    }

    @Test
    void everyFrameOfAMultiPageTiffIsAPage() throws Exception {
        // Bands of 209 pt: the title and the first paragraph, then from "I. MỤC ĐÍCH" (baseline at 228 pt) on.
        int band = 580;
        BufferedImage top = page200.getSubimage(0, 0, page200.getWidth(), band);
        BufferedImage next = page200.getSubimage(0, band, page200.getWidth(), band);
        Path tiff = write(List.of(top, next), "tiff", 200, "two-pages.tif");
        List<Page> pages = ingester.ingest(tiff, MediaType.image("tiff"), "two-pages.tif");
        assertEquals(2, pages.size());
        assertEquals(List.of(1, 2), pages.stream().map(Page::number).toList());
        assertTrue(ScannedPdfTest.text(pages.get(0)).contains("KẾ HOẠCH"), ScannedPdfTest.text(pages.get(0)));
        assertTrue(ScannedPdfTest.text(pages.get(1)).contains("MỤC ĐÍCH, YÊU CẦU"), ScannedPdfTest.text(pages.get(1)));
        assertEquals(band * 72.0 / 200, pages.get(1).height(), 1e-9);
        pages.forEach(p -> assertEquals(p.number(), ScannedPdfTest.lines(p).get(0).provenance().page()));
    }

    @Test
    void resolutionComesFromMetadataOrDefaults() throws IOException {
        BufferedImage small = page200.getSubimage(0, 0, 100, 100);
        assertEquals(150, dpiOf(write(List.of(small), "png", 150, "150.png")));
        assertEquals(400, dpiOf(write(List.of(small), "tiff", 400, "400.tif")));
        assertEquals(240, dpiOf(write(List.of(small), "jpeg", 240, "240.jpg")));
        assertEquals(ImageIngester.DEFAULT_DPI, dpiOf(write(List.of(small), "png", 0, "none.png")));
        assertEquals(ImageIngester.DEFAULT_DPI, dpiOf(write(List.of(small), "png", 30, "implausible.png")));
    }

    @Test
    void blankPageHasNoBlocks() throws Exception {
        BufferedImage white = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Arrays.fill(((DataBufferByte) white.getRaster().getDataBuffer()).getData(), (byte) 255);
        Page page = ingester.ingest(write(List.of(white), "png", 150, "blank.png"), MediaType.image("png"), "blank.png").get(0);
        assertEquals(List.of(), page.blocks());
        assertEquals(0, page.ocr().words());
        assertEquals(0, page.ocr().meanConfidence());
        assertEquals(1240 * 72.0 / 150, page.width(), 1e-9);
    }

    @Test
    void truncatedPngIsUnreadable() throws IOException {
        byte[] whole = Files.readAllBytes(write(List.of(page200), "png", 200, "whole.png"));
        Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(whole, whole.length / 3));
        InputException e = assertThrows(InputException.class, () -> ingester.ingest(cut, MediaType.image("png"), "cut.png"));
        assertEquals(InputException.Reason.UNREADABLE, e.reason());
        assertTrue(e.getMessage().startsWith("cannot decode the image"), e.getMessage());
    }

    @Test
    void absurdlyLargeImageIsRefusedBeforeDecoding() throws IOException {
        BufferedImage huge = new BufferedImage(10_500, 10_000, BufferedImage.TYPE_BYTE_BINARY);
        Path png = dir.resolve("huge.png");
        ImageIO.write(huge, "png", png.toFile());
        InputException e = assertThrows(InputException.class, () -> ingester.ingest(png, MediaType.image("png"), "huge.png"));
        assertEquals(InputException.Reason.TOO_LARGE_IMAGE, e.reason());
        assertTrue(e.getMessage().contains("10500x10000") && e.getMessage().contains("limit of 100000000"), e.getMessage());
    }

    private static int dpiOf(Path image) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return ImageIngester.dpiOf(reader.getImageMetadata(0));
        }
    }

    /**
     * States the resolution: PNG and JPEG through their own nodes, since the JDK's writers turn the
     * standard tree's millimetres per pixel into a wrong pHYs or ignore it (the readers' side is right).
     */
    private static void state(IIOMetadata metadata, String format, int dpi) throws IOException {
        if (format.equals("jpeg")) {
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
            jfif.setAttribute("resUnits", "1");
            jfif.setAttribute("Xdensity", Integer.toString(dpi));
            jfif.setAttribute("Ydensity", Integer.toString(dpi));
            metadata.setFromTree("javax_imageio_jpeg_image_1.0", root);
            return;
        }
        if (format.equals("png")) {
            IIOMetadataNode pHYs = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            pHYs.setAttribute("pixelsPerUnitXAxis", perMetre);
            pHYs.setAttribute("pixelsPerUnitYAxis", perMetre);
            pHYs.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(pHYs);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            return;
        }
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        for (String name : List.of("HorizontalPixelSize", "VerticalPixelSize")) {
            IIOMetadataNode size = new IIOMetadataNode(name);
            size.setAttribute("value", Double.toString(25.4 / dpi));
            dimension.appendChild(size);
        }
        IIOMetadataNode root = new IIOMetadataNode(IIOMetadataFormatImpl.standardMetadataFormatName);
        root.appendChild(dimension);
        metadata.mergeTree(IIOMetadataFormatImpl.standardMetadataFormatName, root);
    }

    /** Writes the images as one file, stating {@code dpi} in the metadata unless it is 0. */
    private static Path write(List<BufferedImage> images, String format, int dpi, String name) throws IOException {
        Path out = dir.resolve(name);
        Files.deleteIfExists(out);
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(stream);
            // Never a null parameter: the JDK's TIFF writer, which ImageIO may pick before jai-imageio's, fails on it.
            ImageWriteParam param = writer.getDefaultWriteParam();
            boolean sequence = images.size() > 1;
            if (sequence) {
                writer.prepareWriteSequence(null);
            }
            for (BufferedImage image : images) {
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
                if (dpi > 0) {
                    state(metadata, format, dpi);
                }
                if (sequence) {
                    writer.writeToSequence(new IIOImage(image, null, metadata), param);
                } else {
                    writer.write(null, new IIOImage(image, null, metadata), param);
                }
            }
            if (sequence) {
                writer.endWriteSequence();
            }
        } finally {
            writer.dispose();
        }
        return out;
    }
}
