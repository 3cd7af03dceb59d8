package vn.kehoach.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives each worker thread its own {@link OcrEngine}, created on first use, and closes them all at
 * shutdown. Tesseract handles are not thread-safe, and OCR runs with OMP_THREAD_LIMIT=1, so the
 * parallelism comes from several threads, each with its own handle: the callers' own threads
 * ({@link #current}), or a pool of OCR threads ({@link #submit}) on which the pages of one long scan
 * are read side by side.
 */
public final class OcrEngines implements AutoCloseable {

    /** The default recognition language. */
    public static final String VIETNAMESE = "vie";
    /** How long {@link #close} lets a page being recognised finish before freeing the engines. */
    private static final long CLOSE_WAIT_SECONDS = 60;

    private final Path tessdata;
    private final String language;
    private final int threads;
    private final List<OcrEngine> created = new CopyOnWriteArrayList<>();
    private final ThreadLocal<OcrEngine> perThread;
    private final ExecutorService pool;
    private volatile boolean closed;

    /** Locates the language data now, so that a missing package fails before any document is read. */
    public OcrEngines(String language) {
        this(language, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads the OCR threads of {@link #submit}: pages recognised at once */
    public OcrEngines(String language, int threads) {
        this(Tessdata.locate(language), language, threads);
    }

    public OcrEngines(Path tessdata, String language) {
        this(tessdata, language, Runtime.getRuntime().availableProcessors());
    }

    public OcrEngines(Path tessdata, String language, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("OCR threads must be at least 1: " + threads);
        }
        this.tessdata = tessdata;
        this.language = language;
        this.threads = threads;
        this.perThread = ThreadLocal.withInitial(this::create);
        AtomicInteger count = new AtomicInteger();
        // Threads start with the first page submitted, so a batch without scans creates no engine.
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "kehoach-ocr-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The calling thread's engine. */
    public OcrEngine current() {
        if (closed) {
            throw new IllegalStateException("OCR engines already closed");
        }
        return perThread.get();
    }

    /** Pages {@link #submit} recognises at once. */
    public int threads() {
        return threads;
    }

    /**
     * Recognises the page on an OCR thread. Cancelling the future with interruption stops Tesseract at
     * its next word (see {@link OcrEngine}).
     */
    public Future<OcrEngine.Result> submit(PageImage image, int pageNumber) {
        if (closed) {
            throw new IllegalStateException("OCR engines already closed");
        }
        return pool.submit(() -> current().recognize(image, pageNumber));
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
        pool.shutdownNow();
        try {
            pool.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        created.forEach(OcrEngine::close);
        created.clear();
    }
}
