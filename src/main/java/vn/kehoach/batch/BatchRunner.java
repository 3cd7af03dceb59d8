package vn.kehoach.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.pipeline.KehoachException;
import vn.kehoach.pipeline.Pipeline;
import vn.kehoach.pipeline.StageException;

/**
 * Runs a pipeline over many inputs on a pool of workers and writes {@code OUT/<relative name>.json}
 * per input, or {@code OUT/<relative name>.error.json} when it fails; a failure never stops the batch.
 */
public final class BatchRunner {

    private final Pipeline pipeline;
    private final Path outDir;
    private final int jobs;
    private final PrintWriter log;

    public BatchRunner(Pipeline pipeline, Path outDir, int jobs, PrintWriter log) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        this.pipeline = pipeline;
        this.outDir = outDir;
        this.jobs = jobs;
        this.log = log;
    }

    public List<Outcome> run(List<InputFile> inputs) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (InputFile input : inputs) {
                futures.add(pool.submit(() -> report(process(input), done.incrementAndGet(), inputs.size())));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(await(future));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Processes one input; every failure becomes an error record, so the worker always returns. */
    Outcome process(InputFile input) {
        long start = System.nanoTime();
        Path json = outDir.resolve(input.relativeName() + ".json");
        Path errorJson = outDir.resolve(input.relativeName() + ".error.json");
        try {
            PlanDocument document;
            try {
                document = pipeline.run(input.path(), input.relativeName());
            } catch (KehoachException e) {
                ErrorReport error = ErrorReport.of(e);
                writeJson(errorJson, error);
                Files.deleteIfExists(json); // a stale result would no longer describe this input
                return new Outcome(input, errorJson, error, 0, elapsedMillis(start));
            }
            writeJson(json, document);
            Files.deleteIfExists(errorJson);
            return new Outcome(input, json, null, document.pages().size(), elapsedMillis(start));
        } catch (IOException e) {
            ErrorReport error = ErrorReport.of(new StageException(input.relativeName(), "write", e));
            return new Outcome(input, null, error, 0, elapsedMillis(start));
        }
    }

    private Outcome report(Outcome outcome, int index, int total) {
        String counter = "[" + index + "/" + total + "] ";
        if (outcome.ok()) {
            log.printf("%sok    %s (%d page%s, %.1f s)%n", counter, outcome.input().relativeName(), outcome.pages(),
                outcome.pages() == 1 ? "" : "s", outcome.millis() / 1000.0);
        } else {
            ErrorReport error = outcome.error();
            log.printf("%sERROR %s: %s: %s%n", counter, error.file(), error.cause(), error.message());
        }
        return outcome;
    }

    private static void writeJson(Path target, Object value) throws IOException {
        AtomicFiles.write(target, out -> ModelJson.mapper().writeValue(out, value));
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            // process() turns every failure into an outcome; reaching here is a programming error.
            throw new IllegalStateException("batch worker failed", e.getCause());
        }
    }
}
