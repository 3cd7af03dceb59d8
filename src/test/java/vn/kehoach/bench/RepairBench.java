package vn.kehoach.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.kehoach.normalize.ChannelTrainer;
import vn.kehoach.normalize.CorpusDocuments;
import vn.kehoach.normalize.DiacriticRestorer;
import vn.kehoach.normalize.DiacriticRestorer.Mode;
import vn.kehoach.normalize.VietnameseText;
import vn.kehoach.normalize.WordTokens;
import vn.kehoach.testing.SyllableAccuracy;

/**
 * Measures diacritic restoration and OCR correction on held-out text (documents the model never saw):
 * de-accented lines restored exactly, OCR lines (rendered + tesseract eng, see scripts/make-channel.sh)
 * corrected, clean lines left unchanged, and the throughput of one core.
 * Usage: RepairBench CORPUS_FOLDER MAX_LINES [HELD_OUT_OCR_PAIRS_FOLDER...]
 */
public final class RepairBench {

    /** Untimed passes before timing: C2 needs a few hundred thousand syllables to settle. */
    private static final int WARM_UP_PASSES = 4;

    private RepairBench() {
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args[0]);
        int maxLines = Integer.parseInt(args[1]);
        long loadStart = cpuNanos();
        long loadWallStart = System.nanoTime();
        DiacriticRestorer restorer = DiacriticRestorer.load(DiacriticRestorer.modelsDirectory());
        double loadSeconds = (cpuNanos() - loadStart) / 1e9;
        double loadWallSeconds = (System.nanoTime() - loadWallStart) / 1e9;
        List<String> lines = heldOutLines(corpus, maxLines);

        List<String> plain = lines.stream().map(VietnameseText::removeAccents).toList();
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            plain.forEach(restorer::restore); // untimed passes: the JIT compiles the decoder before timing
        }
        SyllableAccuracy restored = new SyllableAccuracy();
        long start = cpuNanos();
        for (int i = 0; i < lines.size(); i++) {
            restored.add(lines.get(i), restorer.restore(plain.get(i), Mode.AUTO).text());
        }
        double plainSeconds = (cpuNanos() - start) / 1e9;

        SyllableAccuracy clean = new SyllableAccuracy();
        int unchangedLines = 0;
        start = cpuNanos();
        for (String line : lines) {
            String out = restorer.restore(line, Mode.AUTO).text();
            clean.add(line, out);
            unchangedLines += out.equals(line) ? 1 : 0;
        }
        double cleanSeconds = (cpuNanos() - start) / 1e9;

        System.out.printf("model load                      %.2f s CPU (%.2f s wall), heap used %d MB%n",
            loadSeconds, loadWallSeconds, usedMegabytes());
        System.out.printf("held-out lines                  %d (%d syllables)%n", lines.size(), restored.words());
        System.out.printf("de-accented -> restored exact   %.2f%%   (%.0f syllables/s)%n",
            100 * restored.value(), restored.words() / plainSeconds);
        System.out.printf("clean text unchanged            %.3f%% of syllables, %.2f%% of lines   (%.0f syllables/s)%n",
            100 * clean.value(), 100.0 * unchangedLines / lines.size(), clean.words() / cleanSeconds);
        seedGold(restorer);
        for (int i = 2; i < args.length; i++) {
            ocr(restorer, Path.of(args[i]));
        }
    }

    /**
     * Held-out OCR pairs, twice: the first pass pays for generating every token's candidates, the second
     * finds them in the per-token cache (as the repeated words of a long document do).
     */
    private static void ocr(DiacriticRestorer restorer, Path pairsFolder) {
        List<ChannelTrainer.LinePair> pairs = ChannelTrainer.linePairs(pairsFolder);
        SyllableAccuracy raw = new SyllableAccuracy();
        SyllableAccuracy corrected = new SyllableAccuracy();
        double[] rates = new double[2];
        for (int pass = 0; pass < 2; pass++) {
            long start = cpuNanos();
            for (ChannelTrainer.LinePair pair : pairs) {
                String out = restorer.restore(pair.ocr(), Mode.AUTO).text();
                if (pass == 0) {
                    raw.add(pair.source(), pair.ocr());
                    corrected.add(pair.source(), out);
                }
            }
            rates[pass] = corrected.words() / ((cpuNanos() - start) / 1e9);
        }
        System.out.printf("eng OCR %-23s %.2f%% raw -> %.2f%% corrected   (%.0f syllables/s cold, %.0f warm)%n",
            pairsFolder.getFileName(), 100 * raw.value(), 100 * corrected.value(), rates[0], rates[1]);
    }

    /** The hand-corrected lines of seed 000 (real English-model OCR of a scan) kept with the tests. */
    private static void seedGold(DiacriticRestorer restorer) {
        SyllableAccuracy raw = new SyllableAccuracy();
        SyllableAccuracy corrected = new SyllableAccuracy();
        try (var in = RepairBench.class.getResourceAsStream("/vn/kehoach/normalize/seed000-gold.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList()) {
                if (!line.startsWith("#")) {
                    String[] pair = line.split("\t");
                    raw.add(pair[1], pair[0]);
                    corrected.add(pair[1], restorer.restore(pair[0], Mode.AUTO).text());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.printf("seed 000 real OCR (gold lines)  %.2f%% raw -> %.2f%% corrected   (%d syllables)%n",
            100 * raw.value(), 100 * corrected.value(), corrected.words());
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
