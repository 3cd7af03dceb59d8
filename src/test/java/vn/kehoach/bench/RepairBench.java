package vn.kehoach.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.kehoach.normalize.ChannelTrainer;
import vn.kehoach.normalize.CorpusDocuments;
import vn.kehoach.normalize.DiacriticRestorer;
import vn.kehoach.normalize.DiacriticRestorer.Mode;
import vn.kehoach.normalize.VietnameseText;
import vn.kehoach.normalize.WordTokens;
import vn.kehoach.testing.SyllableAccuracy;

/**
 * Measures diacritic restoration and OCR correction on held-out text (documents the model never saw) and
 * prints one table: model load time and memory, de-accented lines restored exactly, clean lines left
 * unchanged, seed-000 gold lines, held-out OCR line pairs (rendered + tesseract eng or vie, see
 * scripts/make-channel.sh) before and after repair, and the throughput of one core.
 * Usage: RepairBench CORPUS_FOLDER MAX_LINES [eng:PAIRS_FOLDER | vie:PAIRS_FOLDER]...
 */
public final class RepairBench {

    /** Untimed passes before timing: C2 needs a few hundred thousand syllables to settle. */
    private static final int WARM_UP_PASSES = 4;
    private static final int TIMED_PASSES = 3;
    private static final String ROW = "%-34s %-58s %s%n";

    private RepairBench() {
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args[0]);
        int maxLines = Integer.parseInt(args[1]);
        long heapBefore = usedMegabytes();
        long loadStart = cpuNanos();
        long loadWallStart = System.nanoTime();
        DiacriticRestorer restorer = DiacriticRestorer.load(DiacriticRestorer.modelsDirectory());
        double loadSeconds = (cpuNanos() - loadStart) / 1e9;
        double loadWallSeconds = (System.nanoTime() - loadWallStart) / 1e9;
        long modelMegabytes = usedMegabytes() - heapBefore;
        List<String> lines = heldOutLines(corpus, maxLines);

        List<String> plain = lines.stream().map(VietnameseText::removeAccents).toList();
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            plain.forEach(restorer::restore); // untimed passes: the JIT compiles the decoder before timing
        }
        // timed loops only repair; the accuracy bookkeeping (edit distances) comes after
        List<String> restoredLines = new ArrayList<>();
        double plainSeconds = fastest(() -> repairAll(restorer, plain, restoredLines));
        SyllableAccuracy restored = new SyllableAccuracy();
        for (int i = 0; i < lines.size(); i++) {
            restored.add(lines.get(i), restoredLines.get(i));
        }
        double plainRate = restored.words() / plainSeconds;

        List<String> cleanLines = new ArrayList<>();
        double cleanRate = restored.words() / fastest(() -> repairAll(restorer, lines, cleanLines));
        SyllableAccuracy clean = new SyllableAccuracy();
        int unchangedLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            clean.add(lines.get(i), cleanLines.get(i));
            unchangedLines += cleanLines.get(i).equals(lines.get(i)) ? 1 : 0;
        }

        System.out.printf(ROW, "figure", "measured", "target");
        System.out.printf(ROW, "model load (LM, channels, names)", String.format("%.2f s CPU, %.2f s wall", loadSeconds, loadWallSeconds), "<= 1 s");
        System.out.printf(ROW, "model memory (heap after load)", modelMegabytes + " MB", "<= 300 MB");
        System.out.printf(ROW, "held-out corpus lines", String.format("%d lines, %d syllables", lines.size(), restored.words()), "");
        System.out.printf(ROW, "de-accented -> restored exact", String.format("%.2f%%", 100 * restored.value()), ">= 99%");
        System.out.printf(ROW, "clean text unchanged", String.format("%.3f%% of syllables, %.2f%% of lines",
            100 * clean.value(), 100.0 * unchangedLines / lines.size()), ">= 99.9%");
        SyllableAccuracy cleanVie = new SyllableAccuracy();
        lines.forEach(line -> cleanVie.add(line, restorer.restore(line, Mode.VIE).text()));
        System.out.printf(ROW, "clean text unchanged in vie mode", String.format("%.3f%% of syllables", 100 * cleanVie.value()), "");
        System.out.printf(ROW, "throughput, de-accented (auto)", String.format("%.0f syllables/s (one core, best of %d)", plainRate, TIMED_PASSES),
            ">= 200,000/s");
        System.out.printf(ROW, "throughput, clean text (auto)", String.format("%.0f syllables/s (one core, best of %d)", cleanRate, TIMED_PASSES), "");
        seedGold(restorer);
        for (int i = 2; i < args.length; i++) {
            String[] spec = args[i].split(":", 2);
            ocr(restorer, spec[0], Path.of(spec[1]));
        }
    }

    /** Repairs the lines in AUTO mode into out (emptied first). */
    private static void repairAll(DiacriticRestorer restorer, List<String> lines, List<String> out) {
        out.clear();
        lines.forEach(line -> out.add(restorer.restore(line, Mode.AUTO).text()));
    }

    /**
     * CPU seconds of the fastest of a few timed passes: on a machine shared with other work, the slower
     * passes measure the neighbours' use of the caches more than the decoder.
     */
    private static double fastest(Runnable pass) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < TIMED_PASSES; i++) {
            long start = cpuNanos();
            pass.run();
            best = Math.min(best, (cpuNanos() - start) / 1e9);
        }
        return best;
    }

    /**
     * Held-out OCR pairs before and after repair in AUTO mode and, for Tesseract's Vietnamese model, in
     * the VIE mode the pipeline uses for its OCR pages. Timed twice: the first pass pays for generating
     * every token's candidates, the second finds them in the per-token cache (as repeated words do).
     */
    private static void ocr(DiacriticRestorer restorer, String language, Path pairsFolder) {
        List<ChannelTrainer.LinePair> pairs = ChannelTrainer.linePairs(pairsFolder);
        SyllableAccuracy raw = new SyllableAccuracy();
        pairs.forEach(pair -> raw.add(pair.source(), pair.ocr()));
        String name = language + " OCR " + pairsFolder.getFileName() + " (" + pairs.size() + " lines)";
        String auto = measure(pairs, line -> restorer.restore(line, Mode.AUTO).text(), raw);
        System.out.printf(ROW, name, String.format("%.2f%% raw -> auto %s", 100 * raw.value(), auto),
            language.equals("eng") ? ">= 93%" : "");
        if (language.equals("vie")) {
            String vie = measure(pairs, line -> restorer.restore(line, Mode.VIE).text(), raw);
            System.out.printf(ROW, "  same, vie mode (pipeline OCR pages)", String.format("%.2f%% raw -> vie %s", 100 * raw.value(), vie),
                "syllable errors halved");
        }
    }

    private static String measure(List<ChannelTrainer.LinePair> pairs, UnaryOperator<String> repair, SyllableAccuracy raw) {
        double[] seconds = new double[2];
        List<String> outs = List.of();
        for (int pass = 0; pass < 2; pass++) {
            long start = cpuNanos();
            outs = pairs.stream().map(pair -> repair.apply(pair.ocr())).toList();
            seconds[pass] = (cpuNanos() - start) / 1e9;
        }
        SyllableAccuracy corrected = new SyllableAccuracy();
        for (int i = 0; i < pairs.size(); i++) {
            corrected.add(pairs.get(i).source(), outs.get(i));
        }
        double errorsLeft = (1 - corrected.value()) / Math.max(1e-9, 1 - raw.value());
        return String.format("%.2f%% (errors x%.2f; %.0f/%.0f syl/s cold/warm)", 100 * corrected.value(), errorsLeft,
            corrected.words() / seconds[0], corrected.words() / seconds[1]);
    }

    /** The hand-corrected lines of seed 000 (real English-model OCR of a scan) kept with the tests. */
    private static void seedGold(DiacriticRestorer restorer) {
        SyllableAccuracy raw = new SyllableAccuracy();
        SyllableAccuracy corrected = new SyllableAccuracy();
        try (var in = RepairBench.class.getResourceAsStream("/vn/kehoach/normalize/seed000-gold.tsv")) {
            String above = ""; // the gold lines are consecutive lines of the page, read on as the pipeline does
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (!line.startsWith("#")) {
                    String[] pair = line.split("\t");
                    raw.add(pair[1], pair[0]);
                    above = restorer.restore(pair[0], Mode.AUTO, above).text();
                    corrected.add(pair[1], above);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(ROW, "seed 000 real eng OCR (gold lines)", String.format("%.2f%% raw -> %.2f%% corrected (%d syllables)",
            100 * raw.value(), 100 * corrected.value(), corrected.words()), "");
    }

    private static List<String> heldOutLines(Path corpus, int maxLines) {
        List<String> lines = new ArrayList<>();
        CorpusDocuments.forEach(List.of(corpus), (id, text) -> {
            if (CorpusDocuments.isHeldOut(id)) {
                text.lines().filter(l -> !WordTokens.of(l).isEmpty()).forEach(lines::add);
            }
        });
        int step = Math.max(1, lines.size() / maxLines);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < lines.size() && sample.size() < maxLines; i += step) {
            sample.add(lines.get(i));
        }
        return sample;
    }

    /**
     * CPU time of this thread: throughput "on one core", unaffected by other work sharing the machine
     * (wall time on a loaded 2-core box says more about the neighbours than about the decoder).
     */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long usedMegabytes() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
