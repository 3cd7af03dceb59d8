package vn.kehoach.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import vn.kehoach.model.ModelJson;

/**
 * Times {@code kehoach extract} as users run it, a fresh process per run: documents/s and pages/s with 1
 * and 2 jobs on generated scans and on generated typed documents (median of N runs, from each run's
 * summary.json, so JVM start-up and model loading are left out), and the process's peak RSS (VmHWM)
 * after 50 and after 200 small documents of one run. Run by scripts/bench-batch.sh.
 *
 * <p>Arguments: work folder, runs, number of scans, number of typed documents.
 */
public final class BatchBench {

    /** The JVM options {@code ./kehoach extract} runs with (scripts/lib.sh), passed by scripts/bench-batch.sh. */
    private static final List<String> LAUNCHER_JVM_OPTIONS =
        List.of(System.getProperty("kehoach.bench.jvmOptions", "").split("\\s+")).stream().filter(o -> !o.isEmpty()).toList();

    private final Path work;
    private final int runs;

    private BatchBench(Path work, int runs) {
        this.work = work;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        int scans = Integer.parseInt(args[2]);
        int typed = Integer.parseInt(args[3]);
        BatchBench bench = new BatchBench(work, runs);
        Path scanned = bench.folder("scans", scans,
            (dir, n) -> BatchInputs.scannedPdf(dir, "scan-" + n + ".pdf", BatchInputs.plan(n), n, work));
        Path typedDocs = bench.folder("typed", typed, (dir, n) -> switch (n % 3) {
            case 0 -> BatchInputs.typedPdf(dir, "plan-" + n + ".pdf", n);
            case 1 -> BatchInputs.docx(dir, "plan-" + n + ".docx", n);
            default -> BatchInputs.markdown(dir, "plan-" + n + ".md", n);
        });
        Path small = bench.folder("small", 200, (dir, n) -> Files.writeString(dir.resolve("plan-" + n + ".md"),
            BatchInputs.shortPlan(n)));
        System.out.printf(Locale.ROOT, "load average at start: %s; JVM options of ./kehoach extract: %s%n", loadAverage(),
            LAUNCHER_JVM_OPTIONS.isEmpty() ? "none" : String.join(" ", LAUNCHER_JVM_OPTIONS));
        capacity();
        bench.throughput("scanned PDFs", scanned);
        bench.throughput("typed PDF / DOCX / Markdown", typedDocs);
        bench.memory(small);
        System.out.printf(Locale.ROOT, "load average at end: %s%n", loadAverage());
    }

    /**
     * What the machine gives two workers now: one bare {@code tesseract} run on a page, then two at once.
     * On a machine shared with other work, a 2-job speed-up is bounded by this ratio, not by the cores.
     */
    private static void capacity() throws Exception {
        Path page = Path.of("samples/seed-003-page1.png").toAbsolutePath();
        long one = tesseract(page, 1);
        long two = tesseract(page, 2);
        System.out.printf(Locale.ROOT, "bare tesseract, 1 page: %.2f s; 2 pages at once: %.2f s: the machine's 2-worker capacity now %.2fx%n",
            one / 1e9, two / 1e9, 2.0 * one / two);
    }

    private static long tesseract(Path page, int processes) throws Exception {
        long start = System.nanoTime();
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            ProcessBuilder builder = new ProcessBuilder("tesseract", page.toString(), "stdout", "-l", "vie")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            running.add(builder.start());
        }
        for (Process process : running) {
            process.waitFor();
        }
        return System.nanoTime() - start;
    }

    private interface Maker {
        Path make(Path dir, int n) throws IOException;
    }

    private Path folder(String name, int count, Maker maker) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        for (int n = 1; n <= count; n++) {
            maker.make(dir, n);
        }
        return dir;
    }

    /**
     * 1-job and 2-job runs alternate, and the speed-up is the median of each pair's ratio: the speed of a
     * shared machine drifts over minutes, and running all 1-job runs before all 2-job runs would put that
     * drift into the ratio. The cores each run used (CPU time / wall time) show what a ratio can reach:
     * a 1-job run that already keeps 1.13 cores busy leaves 2 jobs at most 2 / 1.13 = 1.77x.
     */
    private void throughput(String label, Path inputs) throws Exception {
        List<List<Extraction>> byJobs = List.of(new ArrayList<>(), new ArrayList<>());
        List<Double> ratios = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Extraction one = extract(inputs, 1, 0, List.of());
            Extraction two = extract(inputs, 2, 0, List.of());
            byJobs.get(0).add(one);
            byJobs.get(1).add(two);
            ratios.add(two.pagesPerSecond() / one.pagesPerSecond());
        }
        for (int jobs = 1; jobs <= 2; jobs++) {
            List<Extraction> results = byJobs.get(jobs - 1);
            System.out.printf(Locale.ROOT, "%-28s jobs=%d: %6.2f documents/s %6.2f pages/s, %.2f cores busy (median of %d)%n",
                label, jobs, median(results.stream().map(Extraction::documentsPerSecond).toList()),
                median(results.stream().map(Extraction::pagesPerSecond).toList()),
                median(results.stream().map(Extraction::coresBusy).toList()), runs);
        }
        System.out.printf(Locale.ROOT, "%-28s 2 jobs / 1 job: %.2fx (median of the runs' ratios %s)%n", label,
            median(ratios), ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList());
    }

    /**
     * Peak RSS with the JVM's default heap (a quarter of the RAM, which G1 fills before it collects much),
     * with the heap capped (with a leak the capped run would grow to its cap or fail), and with the capped
     * heap committed and touched at start-up, so that what grows after that is memory outside the heap.
     */
    private void memory(Path small) throws Exception {
        for (String heap : List.of("default heap", "-Xmx256m", "-Xms256m -Xmx256m -XX:+AlwaysPreTouch")) {
            List<String> jvm = heap.startsWith("-") ? List.of(heap.split(" ")) : List.of();
            Extraction run = extract(small, 2, 50, jvm);
            System.out.printf(Locale.ROOT, "200 small documents, 2 jobs, %s: peak RSS %d MiB after 50 documents, %d MiB after 200%n",
                heap, run.peakKibAtMark / 1024, run.peakKib / 1024);
        }
    }

    /** One run's figures: its summary, its peak RSS when it reached the mark and at the end, its CPU time. */
    private record Extraction(JsonNode summary, long peakKibAtMark, long peakKib, long cpuNanos, long wallNanos) {

        double documentsPerSecond() {
            return summary.get("run").get("documentsPerSecond").asDouble();
        }

        double pagesPerSecond() {
            return summary.get("run").get("pagesPerSecond").asDouble();
        }

        /** Cores the whole process kept busy on average, start-up included. */
        double coresBusy() {
            return (double) cpuNanos / wallNanos;
        }
    }

    /** One fresh {@code extract} process; its VmHWM is read when the manifest reaches {@code mark} entries and at the end. */
    private Extraction extract(Path inputs, int jobs, int mark, List<String> jvmOptions) throws Exception {
        Path out = Files.createTempDirectory(work, "out");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(LAUNCHER_JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
            "-Dkehoach.models=" + Path.of("models").toAbsolutePath(), "vn.kehoach.cli.Main",
            "extract", inputs.toString(), "--out", out.toString(), "--jobs", Integer.toString(jobs)));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.redirectErrorStream(true).redirectOutput(work.resolve("extract.log").toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        long peakAtMark = -1;
        long cpuNanos = 0;
        while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakKib(status));
            cpuNanos = process.info().totalCpuDuration().map(Duration::toNanos).orElse(cpuNanos);
            if (peakAtMark < 0 && mark > 0 && manifestLines(out) >= mark) {
                peakAtMark = peak;
            }
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("extract failed (" + process.exitValue() + "): "
                + Files.readString(work.resolve("extract.log")));
        }
        return new Extraction(ModelJson.mapper().readTree(out.resolve("summary.json").toFile()), peakAtMark, peak,
            cpuNanos, System.nanoTime() - start);
    }

    private static long peakKib(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // the process just ended
        }
        return 0;
    }

    private static long manifestLines(Path out) throws IOException {
        Path manifest = out.resolve("manifest.jsonl");
        return Files.exists(manifest) ? Files.readAllLines(manifest, StandardCharsets.UTF_8).size() : 0;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
            : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }
}
