package vn.kehoach.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import vn.kehoach.model.Box;
import vn.kehoach.model.Page;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.TextLayerCheck;
import vn.kehoach.pipeline.StageException;

/**
 * The pages of one document in order, while its OCR'd pages are recognised on the engines' pool: the
 * document's thread renders the next page while earlier ones are read, and at most as many page images
 * as there are OCR threads wait or run at once, which bounds the memory a long scan takes. Closing it
 * cancels what is still running (a document stopped by its time limit).
 */
final class PageCollector implements AutoCloseable {

    /** A page whose OCR is under way, with what its {@link Page} needs besides the result. */
    private record Pending(Future<OcrEngine.Result> result, int number, Box pageBox, TextLayerCheck check) {
    }

    private final OcrEngines ocr;
    private final String displayName;
    /** Each item a {@link Page} or a {@link Pending}. */
    private final List<Object> slots = new ArrayList<>();
    private int oldestPending;

    PageCollector(OcrEngines ocr, String displayName) {
        this.ocr = ocr;
        this.displayName = displayName;
    }

    void add(Page page) {
        slots.add(page);
    }

    /** @param check the text-layer check of a PDF page, null for an image */
    void addOcr(PageImage image, int number, Box pageBox, TextLayerCheck check) throws StageException {
        slots.add(new Pending(ocr.submit(image, number), number, pageBox, check));
        while (pendingCount() > ocr.threads()) {
            resolveOldest();
        }
    }

    /** Every page, in order, once all are recognised. */
    List<Page> pages() throws StageException {
        while (pendingCount() > 0) {
            resolveOldest();
        }
        return slots.stream().map(Page.class::cast).toList();
    }

    private long pendingCount() {
        return slots.stream().skip(oldestPending).filter(Pending.class::isInstance).count();
    }

    private void resolveOldest() throws StageException {
        while (!(slots.get(oldestPending) instanceof Pending pending)) {
            oldestPending++;
        }
        OcrEngine.Result result;
        try {
            result = pending.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // for the pipeline to see it stopped
            throw new StageException(displayName, "ingest", new CancellationException("interrupted at page " + pending.number()));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        slots.set(oldestPending, new Page(pending.number(), pending.pageBox().width(), pending.pageBox().height(),
            SourceKind.OCR, result.blocks(), pending.check(), result.stats()));
        oldestPending++;
    }

    @Override
    public void close() {
        for (Object slot : slots) {
            if (slot instanceof Pending pending) {
                pending.result().cancel(true);
            }
        }
    }
}
