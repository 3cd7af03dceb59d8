package vn.kehoach.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.kehoach.ingest.FileHashes;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.pipeline.InputException;
import vn.kehoach.pipeline.KehoachException;
import vn.kehoach.pipeline.Pipeline;
import vn.kehoach.pipeline.StageException;

/**
 * Runs a pipeline over many inputs on a pool of workers, resumably: an input whose content (SHA-256)
 * went through the same pipeline version into this output folder before is skipped, each finished
 * document is recorded in the manifest once its outputs are in place, a document over its time limit is
 * stopped and recorded as failed, and the reports (JSONL, summary) are rebuilt at the end. A failure
 * never stops the batch.
 */
public final class BatchRunner {

    private final Pipeline pipeline;
    private final BatchSettings settings;
    private final OutputLayout layout;
    private final DocumentOutputs outputs;
    private final Progress progress;

    /** @param progress told of the start and of each document; closing it is the caller's */
    public BatchRunner(Pipeline pipeline, BatchSettings settings, Progress progress) {
        this.pipeline = pipeline;
        this.settings = settings;
        this.layout = new OutputLayout(settings.outDir());
        this.outputs = new DocumentOutputs(layout);
        this.progress = progress;
    }

    /** @throws OutputFolderBusyException when another run is writing to the same output folder */
    public BatchResult run(List<InputFile> inputs) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(layout.lock().getParent());
        try (FileChannel lockFile = FileChannel.open(layout.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lock(lockFile)) {
            AtomicFiles.removeLeftovers(settings.outDir());
            ExecutorService pool = Executors.newFixedThreadPool(settings.jobs());
            try (Manifest manifest = Manifest.open(layout.manifest()); Deadlines deadlines = new Deadlines(settings.timeout())) {
                Work work = convert(inputs, pool, manifest, deadlines);
                FolderTotals folder = new Reports(layout, outputs).rebuild(manifest.entries());
                BatchSummary summary = BatchSummary.of(settings.pipelineVersion(), run(work, start), folder);
                AtomicFiles.write(layout.summary(), out -> ModelJson.mapper().writeValue(out, summary));
                return new BatchResult(work.entries(), summary);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Each input's entry, in input order (done earlier or now), and those made now. */
    private record Work(List<ManifestEntry> entries, List<ManifestEntry> processed) {
    }

    /** Skips the inputs the manifest has done, converts the others on the pool. */
    private Work convert(List<InputFile> inputs, ExecutorService pool, Manifest manifest, Deadlines deadlines)
            throws IOException {
        List<String> hashes = all(pool, inputs.stream().map(i -> (Callable<String>) () -> hash(i)).toList());
        List<ManifestEntry> entries = new ArrayList<>(inputs.size());
        List<Callable<ManifestEntry>> toDo = new ArrayList<>();
        List<Integer> toDoIndex = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            InputFile input = inputs.get(i);
            String sha256 = hashes.get(i);
            ManifestEntry done = settings.force() ? null : alreadyDone(manifest, input, sha256);
            entries.add(done);
            if (done == null) {
                toDo.add(() -> finish(manifest, process(input, sha256, deadlines)));
                toDoIndex.add(i);
            }
        }
        progress.start(toDo.size(), inputs.size() - toDo.size());
        List<ManifestEntry> processed = all(pool, toDo);
        for (int k = 0; k < processed.size(); k++) {
            entries.set(toDoIndex.get(k), processed.get(k));
        }
        return new Work(entries, processed);
    }

    /** The folder's lock; released by the OS if the process dies, so a killed run never blocks the next. */
    private FileLock lock(FileChannel lockFile) throws IOException {
        try {
            FileLock lock = lockFile.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // held by another run in this same JVM
        }
        throw new OutputFolderBusyException(settings.outDir());
    }

    private ManifestEntry alreadyDone(Manifest manifest, InputFile input, String sha256) {
        return manifest.entry(input.relativeName())
            .filter(e -> e.sameWork(sha256, settings.pipelineVersion()) && outputs.present(e))
            .orElse(null);
    }

    /** The content hash, or null when the file cannot be read: the pipeline will then report why. */
    private static String hash(InputFile input) {
        try {
            return FileHashes.sha256(input.path());
        } catch (IOException e) {
            return null;
        }
    }

    private ManifestEntry finish(Manifest manifest, ManifestEntry entry) throws IOException {
        if (entry.output() != null) {
            manifest.record(entry);
        }
        progress.finished(entry);
        return entry;
    }

    /** Processes one input within its time limit; every failure becomes an error record, so the worker always returns. */
    ManifestEntry process(InputFile input, String sha256, Deadlines deadlines) {
        long start = System.nanoTime();
        String id = input.relativeName();
        PlanDocument document = null;
        ErrorReport error = null;
        try (Deadlines.Watch watch = deadlines.start()) {
            try {
                document = pipeline.run(input.path(), id);
            } catch (KehoachException e) {
                // Whatever the interrupt broke (an OCR call, a file read), the cause is the time limit.
                error = ErrorReport.of(watch.expired() ? timeout(id, deadlines) : e);
            }
        }
        try {
            return document != null
                ? outputs.converted(id, sha256, settings.pipelineVersion(), document, millisSince(start))
                : outputs.failed(id, sha256, settings.pipelineVersion(), error, millisSince(start));
        } catch (IOException e) {
            // Not recorded in the manifest (no output to vouch for): the next run tries again.
            ErrorReport writeError = ErrorReport.of(new StageException(id, "write", e));
            return new ManifestEntry(id, sha256, settings.pipelineVersion(), null, 0, 0, millisSince(start), writeError);
        }
    }

    private static InputException timeout(String id, Deadlines deadlines) {
        return new InputException(id, InputException.Reason.TIMEOUT,
            "stopped after the time limit of " + deadlines.limit().toSeconds() + " s (--timeout)");
    }

    private static BatchSummary.Run run(Work work, long startNanos) {
        List<ManifestEntry> entries = work.entries();
        List<ManifestEntry> processed = work.processed();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long pages = processed.stream().mapToLong(ManifestEntry::pages).sum();
        long ocrPages = processed.stream().mapToLong(ManifestEntry::ocrPages).sum();
        int failed = (int) entries.stream().filter(e -> !e.ok()).count();
        return new BatchSummary.Run(entries.size(), processed.size(), entries.size() - processed.size(), failed,
            pages, ocrPages, seconds, processed.size() / seconds, pages / seconds);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) throws IOException {
        List<T> results = new ArrayList<>(tasks.size());
        try {
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io; // the manifest could not be written: going on would redo the work next time
            }
            // process() turns every failure into an entry; reaching here is a programming error.
            throw new IllegalStateException("batch worker failed", e.getCause());
        }
    }
}
