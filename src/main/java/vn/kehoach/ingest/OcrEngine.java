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
import vn.kehoach.model.Block;
import vn.kehoach.model.Box;
import vn.kehoach.model.Line;
import vn.kehoach.model.OcrStats;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.Word;

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
        PageBuilder page = new PageBuilder(image, pageNumber);
        TessResultIterator words = API.TessBaseAPIGetIterator(handle);
        if (words != null) {
            try {
                walk(words, page);
            } finally {
                API.TessResultIteratorDelete(words);
            }
        }
        API.TessBaseAPIClear(handle);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(OcrBlocks.of(page.paragraphs), new OcrStats(language, image.dpi(), page.wordCount,
            page.wordCount == 0 ? 0 : page.confidenceSum / page.wordCount, millis));
    }

    private static void walk(TessResultIterator words, PageBuilder page) {
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
            page.add(newParagraph, newLine, text.strip(), Math.max(0, Math.min(1, confidence / 100.0)),
                page.image.toPage(left.get(0), top.get(0), right.get(0), bottom.get(0)));
        } while (API.TessPageIteratorNext(position, word) != 0);
        page.finishParagraph();
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

    /** Assembles words into lines and lines into Tesseract's paragraphs as the iterator reports them. */
    private static final class PageBuilder {
        private final PageImage image;
        private final int pageNumber;
        private final List<List<Line>> paragraphs = new ArrayList<>();
        private List<Line> paragraph = new ArrayList<>();
        private final List<Word> line = new ArrayList<>();
        private int wordCount;
        private double confidenceSum;
        private int lineCount;

        PageBuilder(PageImage image, int pageNumber) {
            this.image = image;
            this.pageNumber = pageNumber;
        }

        void add(boolean newParagraph, boolean newLine, String text, double confidence, Box box) {
            if (newParagraph) {
                finishParagraph();
            } else if (newLine) {
                finishLine();
            }
            if (text.isEmpty()) {
                return;
            }
            line.add(new Word(text, box, confidence));
            wordCount++;
            confidenceSum += confidence;
        }

        void finishParagraph() {
            finishLine();
            if (paragraph.isEmpty()) {
                return;
            }
            paragraphs.add(paragraph);
            paragraph = new ArrayList<>();
        }

        private void finishLine() {
            if (line.isEmpty()) {
                return;
            }
            String text = String.join(" ", line.stream().map(Word::text).toList());
            Box box = line.stream().map(Word::box).reduce(Box::union).orElseThrow();
            double confidence = line.stream().mapToDouble(Word::confidence).average().orElseThrow();
            paragraph.add(new Line(text, line, null, new Provenance(SourceKind.OCR, pageNumber, ++lineCount, box, confidence)));
            line.clear();
        }
    }
}
