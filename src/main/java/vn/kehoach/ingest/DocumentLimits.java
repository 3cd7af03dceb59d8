package vn.kehoach.ingest;

import vn.kehoach.pipeline.InputException;

/**
 * What one document may cost before it is refused: pages, and pixels of any image to decode or page to
 * render. Checked before the work is done (page count right after opening, image sizes from headers),
 * so a 10,000-page PDF or a decompression bomb is refused in milliseconds instead of taking the heap.
 */
public record DocumentLimits(int maxPages, long maxPixels) {

    public static final int DEFAULT_MAX_PAGES = 2000;
    /** A 100-Mpixel page is already a 1 m wide scan at 300 dpi. */
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;
    public static final DocumentLimits DEFAULTS = new DocumentLimits(DEFAULT_MAX_PAGES, DEFAULT_MAX_PIXELS);

    public DocumentLimits {
        if (maxPages < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxPages + " pages, " + maxPixels + " pixels");
        }
    }

    /** Refuses a document of more than {@link #maxPages} pages. */
    public void checkPages(int pages, String displayName) throws InputException {
        if (pages > maxPages) {
            throw new InputException(displayName, InputException.Reason.TOO_MANY_PAGES,
                pages + " pages, more than the limit of " + maxPages + " (--max-pages)");
        }
    }

    /**
     * Refuses an image of more than {@link #maxPixels} pixels.
     *
     * @param what names the image in the message ("page 3", "the image")
     */
    public void checkPixels(long width, long height, String what, String displayName) throws InputException {
        if (width * height > maxPixels) {
            throw new InputException(displayName, InputException.Reason.TOO_LARGE_IMAGE,
                what + ": " + width + "x" + height + " pixels, more than the limit of " + maxPixels + " (--max-pixels)");
        }
    }
}
