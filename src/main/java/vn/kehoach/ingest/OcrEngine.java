package vn.kehoach.ingest;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import vn.kehoach.ingest.OcrPageBuilder.OcrWord;
import vn.kehoach.model.Block;
import vn.kehoach.model.OcrStats;

/**
 * One native Tesseract handle, not thread-safe: use one per worker thread ({@link OcrEngines}). Each page
 * is recognised once and its result iterator walked once over the words, noting where paragraphs and
 * lines begin, so that blocks, lines, words, boxes and confidences come from a single pass (Tess4J's
 * high-level {@code getWords} would recognise the page a second time).
 */
public final class OcrEngine implements AutoCloseable {

    /** The blocks of an OCR'd page and its figures. */
    public record Result(List<Block> blocks, OcrStats stats) {
    }

    /**
     * Tess4J's interface mapping, which looks native functions up on first call. The direct mapping
     * ({@code TessAPI1}) binds every function at class load and fails on Debian bookworm's
     * libtesseract 5.3.0, which lacks functions newer Tess4J declares (TessBaseAPIGetGradient).
     */
    private static final TessAPI API = loadApi();
    /** Words with digits read with less confidence than this are read again alone. */
    private static final double REREAD_BELOW = 0.85;

    private final String language;
    private TessBaseAPI handle;
    /**
     * Asks Tesseract, word by word, whether to stop: yes once the thread is interrupted (a document over
     * its time limit), so that even one slow page does not outlive the limit. Held in a field because JNA
     * frees a callback whose Java object is collected.
     */
    private final ITessAPI.TessCancelFunc cancelWhenInterrupted = (cancelThis, words) -> Thread.currentThread().isInterrupted();
    private ETEXT_DESC monitor;

    /** @param tessdata the folder holding {@code <language>.traineddata} (see {@link Tessdata}) */
    public OcrEngine(Path tessdata, String language) {
        this.language = language;
        if (API == null) {
            throw new IllegalStateException("the Tesseract library (libtesseract.so.5) could not be loaded;"
                + " install it with: apt-get install -y tesseract-ocr tesseract-ocr-vie");
        }
        handle = API.TessBaseAPICreate();
        // Tesseract chatters on stderr ("Estimating resolution ..."); set before Init to silence Init as well.
        API.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        if (API.TessBaseAPIInit2(handle, tessdata.toString(), language, TessOcrEngineMode.OEM_DEFAULT) != 0) {
            API.TessBaseAPIDelete(handle);
            handle = null;
            throw new IllegalStateException("Tesseract could not load language '" + language + "' from " + tessdata);
        }
        // Automatic page segmentation: the API's default (a single uniform block) reads columns and
        // headers of plan documents far worse (measured 14.9% against 3.0% CER on one scan).
        API.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_AUTO);
        monitor = API.TessMonitorCreate();
        API.TessMonitorSetCancelFunc(monitor, cancelWhenInterrupted);
    }

    private static TessAPI loadApi() {
        try {
            return TessAPI.INSTANCE;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
            return null;
        }
    }

    /** Recognises the image; line numbers in the provenance run from 1 within the page. */
    public Result recognize(PageImage image, int pageNumber) {
        if (handle == null) {
            throw new IllegalStateException("OCR engine already closed");
        }
        long start = System.nanoTime();
        // Raw bytes carry no resolution; without it Tesseract guesses, and scales its size filters wrongly.
        API.TessBaseAPISetVariable(handle, "user_defined_dpi", Integer.toString(image.dpi()));
        API.TessBaseAPISetImage(handle, ByteBuffer.wrap(image.grey()), image.width(), image.height(), 1, image.width());
        if (API.TessBaseAPIRecognize(handle, monitor) != 0) {
            API.TessBaseAPIClear(handle);
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("OCR of page " + pageNumber + " interrupted");
            }
            throw new IllegalStateException("Tesseract failed to recognise page " + pageNumber);
        }
        List<OcrWord> words = new ArrayList<>();
        TessResultIterator iterator = API.TessBaseAPIGetIterator(handle);
        if (iterator != null) {
            try {
                walk(iterator, words);
            } finally {
                API.TessResultIteratorDelete(iterator);
            }
        }
        OcrPageBuilder page = new OcrPageBuilder(image, pageNumber);
        try {
            rereadDoubtfulNumbers(words, image, pageNumber).forEach(page::add);
        } finally {
            API.TessBaseAPIClear(handle);
        }
        return page.result(language, (System.nanoTime() - start) / 1_000_000);
    }

    private static void walk(TessResultIterator words, List<OcrWord> out) {
        TessPageIterator position = API.TessResultIteratorGetPageIterator(words);
        IntBuffer left = IntBuffer.allocate(1);
        IntBuffer top = IntBuffer.allocate(1);
        IntBuffer right = IntBuffer.allocate(1);
        IntBuffer bottom = IntBuffer.allocate(1);
        int word = TessPageIteratorLevel.RIL_WORD;
        do {
            boolean newParagraph = API.TessPageIteratorIsAtBeginningOf(position, TessPageIteratorLevel.RIL_PARA) != 0;
            boolean newLine = API.TessPageIteratorIsAtBeginningOf(position, TessPageIteratorLevel.RIL_TEXTLINE) != 0;
            Pointer utf8 = API.TessResultIteratorGetUTF8Text(words, word);
            if (utf8 == null) {
                continue; // an empty page still yields one position without text
            }
            String text = utf8.getString(0, StandardCharsets.UTF_8.name());
            API.TessDeleteText(utf8);
            float confidence = API.TessResultIteratorConfidence(words, word);
            API.TessPageIteratorBoundingBox(position, word, left, top, right, bottom);
            out.add(new OcrWord(newParagraph, newLine, text.strip(), Math.max(0, Math.min(1, confidence / 100.0)),
                left.get(0), top.get(0), right.get(0), bottom.get(0)));
        } while (API.TessPageIteratorNext(position, word) != 0);
    }

    /**
     * Reads again, alone as one line, each word with digits that the page pass doubted: in the page's
     * layout a faint figure is binarised with its neighbourhood and loses strokes ("14/8/2018" read
     * "11/0/2018"), alone it is not. Figures matter most: the checks add them up.
     */
    private List<OcrWord> rereadDoubtfulNumbers(List<OcrWord> words, PageImage image, int pageNumber) {
        List<OcrWord> read = new ArrayList<>(words.size());
        API.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_SINGLE_LINE);
        try {
            for (OcrWord word : words) {
                read.add(word.confidence() < REREAD_BELOW && hasDigit(word.text()) ? reread(word, image, pageNumber) : word);
            }
        } finally {
            API.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_AUTO);
        }
        return read;
    }

    /**
     * Reads the word's crop as it is and with its grey levels stretched, and keeps the surest reading that
     * is one word with digits, if Tesseract is surer of it than of the page pass's. Stretched (darkest to
     * black, palest to white, mid-greys darkened) a faint figure keeps its thin strokes: on the seed scan
     * "14/8/2018" is read at 0.88, while the plain crop gives "11/8/2018" at 0.62.
     */
    private OcrWord reread(OcrWord word, PageImage image, int pageNumber) {
        int height = word.bottom() - word.top();
        // room above and below for marks and descenders, little at the sides so neighbours stay out
        int left = Math.max(0, word.left() - height / 2);
        int top = Math.max(0, word.top() - height / 3);
        int right = Math.min(image.width(), word.right() + height / 2);
        int bottom = Math.min(image.height(), word.bottom() + height / 3);
        int width = right - left;
        byte[] crop = new byte[width * (bottom - top)];
        for (int y = top; y < bottom; y++) {
            System.arraycopy(image.grey(), y * image.width() + left, crop, (y - top) * width, width);
        }
        OcrWord best = word;
        for (byte[] pixels : List.of(crop, stretched(crop))) {
            OcrWord reading = readLine(pixels, width, bottom - top, word, pageNumber);
            if (reading.confidence() > best.confidence()) {
                best = reading;
            }
        }
        return best;
    }

    /** The crop read alone as one line, or {@code word} when that gives no single word with digits. */
    private OcrWord readLine(byte[] pixels, int width, int height, OcrWord word, int pageNumber) {
        API.TessBaseAPISetImage(handle, ByteBuffer.wrap(pixels), width, height, 1, width);
        if (API.TessBaseAPIRecognize(handle, monitor) != 0) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("OCR of page " + pageNumber + " interrupted");
            }
            return word;
        }
        Pointer utf8 = API.TessBaseAPIGetUTF8Text(handle);
        if (utf8 == null) {
            return word;
        }
        String text = utf8.getString(0, StandardCharsets.UTF_8.name()).strip();
        API.TessDeleteText(utf8);
        double confidence = API.TessBaseAPIMeanTextConf(handle) / 100.0;
        boolean oneWord = !text.isEmpty() && text.chars().noneMatch(Character::isWhitespace);
        return oneWord && hasDigit(text) ? word.reading(text, confidence) : word;
    }

    /** Grey levels spread over the full range, then squared, which darkens the grey of faint strokes. */
    private static byte[] stretched(byte[] grey) {
        int darkest = 255;
        int palest = 0;
        for (byte pixel : grey) {
            darkest = Math.min(darkest, pixel & 0xff);
            palest = Math.max(palest, pixel & 0xff);
        }
        double range = Math.max(1, palest - darkest);
        byte[] out = new byte[grey.length];
        for (int i = 0; i < grey.length; i++) {
            double level = ((grey[i] & 0xff) - darkest) / range;
            out[i] = (byte) Math.round(255 * level * level);
        }
        return out;
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    @Override
    public void close() {
        if (handle != null) {
            API.TessMonitorDelete(monitor);
            monitor = null;
            API.TessBaseAPIEnd(handle);
            API.TessBaseAPIDelete(handle);
            handle = null;
        }
    }
}
