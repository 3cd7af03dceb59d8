package vn.kehoach.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Gives an image-only PDF the invisible text layer that archived scans often carry: Tesseract's English
 * model run over Vietnamese pages, so the layer exists but its diacritics are mangled ("Ké hoach").
 * Needs the {@code tesseract} command with the {@code eng} language.
 */
public final class EnglishOcrLayer {

    private EnglishOcrLayer() {}

    /** Copies {@code scanPdf} to {@code out}, adding over each page the text-only PDF Tesseract makes of its image. */
    public static void add(Path scanPdf, Path out) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("kehoach-ocr-layer");
        try (PDDocument document = Loader.loadPDF(scanPdf.toFile())) {
            LayerUtility layers = new LayerUtility(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                Path textPdf = recognise(onlyImage(page), work.resolve("page-" + i));
                try (PDDocument text = Loader.loadPDF(textPdf.toFile())) {
                    PDFormXObject form = layers.importPageAsForm(text, 0);
                    // Tesseract sizes its page from pixels and dpi; scale it onto ours exactly.
                    float sx = page.getMediaBox().getWidth() / form.getBBox().getWidth();
                    float sy = page.getMediaBox().getHeight() / form.getBBox().getHeight();
                    try (PDPageContentStream content = new PDPageContentStream(
                            document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                        content.saveGraphicsState();
                        content.transform(Matrix.getScaleInstance(sx, sy));
                        content.drawForm(form);
                        content.restoreGraphicsState();
                    }
                }
            }
            ReproduciblePdf.save(document, out);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static BufferedImage onlyImage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                return image.getImage();
            }
        }
        throw new IOException("page has no image");
    }

    /** Runs {@code tesseract -l eng} in text-only PDF mode and returns the one-page PDF it wrote. */
    private static Path recognise(BufferedImage image, Path base) throws IOException, InterruptedException {
        Path png = base.resolveSibling(base.getFileName() + ".png");
        ImageIO.write(image, "png", png.toFile());
        ProcessBuilder builder = new ProcessBuilder(List.of("tesseract", png.toString(), base.toString(),
            "-l", "eng", "--psm", "3", "--dpi", String.valueOf(OfficeScanner.DPI), "-c", "textonly_pdf=1", "pdf"));
        // Tesseract's OpenMP threads only slow a small machine down.
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("tesseract failed: " + log);
        }
        return base.resolveSibling(base.getFileName() + ".pdf");
    }
}
