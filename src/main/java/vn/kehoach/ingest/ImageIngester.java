package vn.kehoach.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.mime.MediaType;
import vn.kehoach.model.Page;
import vn.kehoach.pipeline.InputException;
import vn.kehoach.pipeline.Interruption;
import vn.kehoach.pipeline.KehoachException;
import vn.kehoach.pipeline.StageException;

/**
 * OCRs image files: PNG, JPEG, TIFF (each frame of a multi-page TIFF is a page; the TIFF reader comes
 * from jai-imageio) and BMP. The resolution comes from the image's metadata (PNG pHYs, JPEG JFIF
 * density, TIFF resolution tags, all read through ImageIO's standard metadata tree).
 */
public final class ImageIngester implements Ingester {

    /** Used when the image states no resolution or an implausible one. */
    static final int DEFAULT_DPI = 300;
    private static final int MIN_PLAUSIBLE_DPI = 70;
    private static final int MAX_PLAUSIBLE_DPI = 2400;
    private static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/x-ms-bmp");

    private final OcrEngines ocr;
    private final DocumentLimits limits;

    public ImageIngester(OcrEngines ocr) {
        this(ocr, DocumentLimits.DEFAULTS);
    }

    public ImageIngester(OcrEngines ocr, DocumentLimits limits) {
        this.ocr = ocr;
        this.limits = limits;
    }

    @Override
    public boolean accepts(MediaType type) {
        return TYPES.contains(type.getBaseType().toString());
    }

    @Override
    public List<Page> ingest(Path file, MediaType type, String displayName) throws KehoachException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw unreadable(displayName, "no image decoder recognises the content", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                return pages(reader, displayName);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw unreadable(displayName, e.getMessage(), e);
        }
    }

    private List<Page> pages(ImageReader reader, String displayName) throws InputException, StageException {
        int count = decode(displayName, () -> reader.getNumImages(true));
        limits.checkPages(count, displayName);
        // Frames are decoded here, one after the other, and OCR'd on the pool (the frames of a TIFF side by side).
        try (PageCollector pages = new PageCollector(ocr, displayName)) {
            for (int i = 0; i < count; i++) {
                Interruption.check(displayName, "ingest");
                int index = i;
                int width = decode(displayName, () -> reader.getWidth(index));
                int height = decode(displayName, () -> reader.getHeight(index));
                // From the header, before the decoder allocates the pixels: a decompression bomb stops here.
                limits.checkPixels(width, height, count == 1 ? "the image" : "frame " + (i + 1), displayName);
                int dpi = decode(displayName, () -> dpiOf(reader.getImageMetadata(index)));
                PageImage image = PageImage.wholePage(decode(displayName, () -> reader.read(index)), dpi);
                pages.addOcr(image, i + 1, image.onPage(), null);
            }
            return pages.pages();
        }
    }

    /** The resolution stated in the metadata, or {@link #DEFAULT_DPI}. */
    static int dpiOf(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return DEFAULT_DPI;
        }
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        // Millimetres per pixel; the vertical size is what Tesseract's line-height filters use.
        for (String name : List.of("VerticalPixelSize", "HorizontalPixelSize")) {
            if (root.getElementsByTagName(name).item(0) instanceof IIOMetadataNode node) {
                double dpi = 25.4 / Double.parseDouble(node.getAttribute("value"));
                if (dpi >= MIN_PLAUSIBLE_DPI && dpi <= MAX_PLAUSIBLE_DPI) {
                    return (int) Math.round(dpi);
                }
            }
        }
        return DEFAULT_DPI;
    }

    private interface Decoding<T> {
        T run() throws IOException;
    }

    /** Runs a decoding step; any failure of the decoder means the image cannot be read. */
    private static <T> T decode(String displayName, Decoding<T> step) throws InputException {
        try {
            return step.run();
        } catch (IOException | RuntimeException e) {
            throw unreadable(displayName, "cannot decode the image: " + e.getMessage(), e);
        }
    }

    private static InputException unreadable(String displayName, String message, Throwable cause) {
        return new InputException(displayName, InputException.Reason.UNREADABLE, message, cause);
    }
}
