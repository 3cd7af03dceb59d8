package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.Box;

/** Decoding a scan JPEG directly gives the pixels PDFBox's own decoding gives, without its RGB detour. */
class PageImagesTest {

    private static final Box A4 = new Box(0, 0, 595.28, 841.89);

    @TempDir
    static Path dir;
    static BufferedImage scan;

    @BeforeAll
    static void scanThePlan() throws IOException {
        Path typed = dir.resolve("typed.pdf");
        Fixtures.typedPdf(Fixtures.PLAN, typed);
        scan = Fixtures.scanned(typed, 150);
    }

    @Test
    void greyJpegIsDecodedToTheSameGreyBytes() throws IOException {
        withScanImage(scan, image -> {
            BufferedImage direct = PageImages.decode(image);
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, direct.getType());
            assertArrayEquals(PageImage.of(image.getImage(), 150, A4).grey(), PageImage.of(direct, 150, A4).grey());
        });
    }

    @Test
    void rgbJpegIsDecodedToTheSameGreyWithinRounding() throws IOException {
        BufferedImage colour = new BufferedImage(scan.getWidth(), scan.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        colour.getGraphics().drawImage(scan, 0, 0, null);
        withScanImage(colour, image -> {
            BufferedImage direct = PageImages.decode(image);
            assertEquals(BufferedImage.TYPE_3BYTE_BGR, direct.getType());
            byte[] expected = PageImage.of(image.getImage(), 150, A4).grey();
            byte[] actual = PageImage.of(direct, 150, A4).grey();
            int worst = 0;
            for (int i = 0; i < expected.length; i++) {
                worst = Math.max(worst, Math.abs((expected[i] & 0xff) - (actual[i] & 0xff)));
            }
            assertTrue(worst <= 2, "grey differs by up to " + worst);
        });
    }

    private interface ImageCheck {
        void check(PDImageXObject image) throws IOException;
    }

    private static void withScanImage(BufferedImage image, ImageCheck check) throws IOException {
        Path pdf = dir.resolve("scan-" + image.getType() + ".pdf");
        Fixtures.scanPdf(Fixtures.jpeg(image, 0.6f), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDResources resources = document.getPage(0).getResources();
            COSName name = resources.getXObjectNames().iterator().next();
            check.check((PDImageXObject) resources.getXObject(name));
        }
    }
}
