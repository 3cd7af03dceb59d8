package vn.kehoach.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Gives each worker thread its own {@link OcrEngine}, created on first use, and closes them all at
 * shutdown. Tesseract handles are not thread-safe, and OCR runs with OMP_THREAD_LIMIT=1, so the
 * parallelism comes from several threads, each with its own handle.
 */
public final class OcrEngines implements AutoCloseable {

    /** The default recognition language. */
    public static final String VIETNAMESE = "vie";

    private final Path tessdata;
    private final String language;
    private final List<OcrEngine> created = new CopyOnWriteArrayList<>();
    private final ThreadLocal<OcrEngine> perThread;
    private volatile boolean closed;

    /** Locates the language data now, so that a missing package fails before any document is read. */
    public OcrEngines(String language) {
        this(Tessdata.locate(language), language);
    }

    public OcrEngines(Path tessdata, String language) {
        this.tessdata = tessdata;
        this.language = language;
        this.perThread = ThreadLocal.withInitial(this::create);
    }

    /** The calling thread's engine. */
    public OcrEngine current() {
        if (closed) {
            throw new IllegalStateException("OCR engines already closed");
        }
        return perThread.get();
    }

    private OcrEngine create() {
        OcrEngine engine = new OcrEngine(tessdata, language);
        created.add(engine);
        return engine;
    }

    /** Closes every engine created; call once no thread uses them any more. */
    @Override
    public void close() {
        closed = true;
        created.forEach(OcrEngine::close);
        created.clear();
    }
}
