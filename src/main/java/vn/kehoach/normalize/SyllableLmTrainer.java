package vn.kehoach.normalize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the {@link SyllableLm}: counts syllable trigrams of the training documents (held-out ones
 * skipped, see {@link CorpusDocuments}), smooths them with interpolated modified Kneser-Ney and stores
 * the result in back-off form. Words seen once become the unknown word; trigrams seen once are pruned
 * (their mass goes to the back-off weight, so every distribution still sums to one).
 */
public final class SyllableLmTrainer {

    private static final int MIN_WORD_COUNT = 2;
    private static final int MIN_TRIGRAM_COUNT = 2;

    private final Map<String, Integer> firstIds = new HashMap<>();
    private final List<String> firstWords = new ArrayList<>();
    private int[] sequence = new int[1 << 20];
    private int length;

    /** Trains on the documents of the corpus files/folders and writes the model; returns it too. */
    public static SyllableLm train(List<Path> corpus, Path out) throws IOException {
        SyllableLmTrainer trainer = new SyllableLmTrainer();
        CorpusDocuments.forEach(corpus, (id, text) -> {
            if (!CorpusDocuments.isHeldOut(id)) {
                text.lines().forEach(trainer::addLine);
            }
        });
        SyllableLm lm = trainer.build();
        lm.write(out);
        return lm;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyllableLmTrainer OUT.bin CORPUS_FILE_OR_FOLDER...");
            System.exit(2);
        }
        List<Path> corpus = Arrays.stream(args).skip(1).map(Path::of).toList();
        long start = System.nanoTime();
        SyllableLm lm = train(corpus, Path.of(args[0]));
        System.err.printf("trained %s in %.1f s -> %s%n", lm.describe(), (System.nanoTime() - start) / 1e9, args[0]);
    }

    private SyllableLmTrainer() {
        for (String reserved : List.of("<unk>", "<s>", "</s>")) {
            firstIds.put(reserved, firstWords.size());
            firstWords.add(reserved);
        }
    }

    void addLine(String line) {
        List<WordTokens.Token> tokens = WordTokens.of(line);
        if (tokens.isEmpty()) {
            return;
        }
        append(SyllableLm.LINE_START);
        for (WordTokens.Token t : tokens) {
            String word = LmWords.of(t.text());
            Integer id = firstIds.get(word);
            if (id == null) {
                id = firstWords.size();
                firstIds.put(word, id);
                firstWords.add(word);
            }
            append(id);
        }
        append(SyllableLm.LINE_END);
    }

    private void append(int id) {
        if (length == sequence.length) {
            sequence = Arrays.copyOf(sequence, length * 2);
        }
        sequence[length++] = id;
    }

    SyllableLm build() {
        Vocabulary vocabulary = Vocabulary.pruned(firstWords, sequence, length, MIN_WORD_COUNT);
        int[] ids = vocabulary.remap(sequence, length);
        long[] keys = new long[length];
        int n = 0;
        for (int k = 1; k < length; k++) {
            if (ids[k] != SyllableLm.LINE_START) {
                keys[n++] = NgramTable.key(ids[k - 1], ids[k]);
            }
        }
        NgramCounts bigrams = NgramCounts.of(keys, n);
        n = 0;
        for (int k = 2; k < length; k++) {
            if (ids[k] != SyllableLm.LINE_START && ids[k - 1] != SyllableLm.LINE_START) {
                keys[n++] = NgramTable.key(ids[k - 2], ids[k - 1], ids[k]);
            }
        }
        NgramCounts trigrams = NgramCounts.of(keys, n);
        return new KneserNey(vocabulary, bigrams, trigrams, MIN_TRIGRAM_COUNT).model();
    }

    /** The kept words, most frequent first after the three reserved ones, and their corpus counts. */
    record Vocabulary(String[] words, int[] counts, int[] newIdOfFirstId) {

        static Vocabulary pruned(List<String> firstWords, int[] sequence, int length, int minCount) {
            int[] firstCounts = new int[firstWords.size()];
            for (int k = 0; k < length; k++) {
                firstCounts[sequence[k]]++;
            }
            Integer[] order = new Integer[firstWords.size() - 3];
            for (int i = 0; i < order.length; i++) {
                order[i] = i + 3;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(firstCounts[b], firstCounts[a]));
            int kept = 3 + (int) Arrays.stream(order).filter(i -> firstCounts[i] >= minCount).count();
            if (kept > NgramTable.MAX_WORDS) {
                throw new IllegalStateException("vocabulary of " + kept + " words exceeds " + NgramTable.MAX_WORDS);
            }
            String[] words = new String[kept];
            int[] counts = new int[kept];
            int[] remap = new int[firstWords.size()];
            for (int i = 0; i < 3; i++) {
                words[i] = firstWords.get(i);
                remap[i] = i;
            }
            for (int r = 0; r < order.length; r++) {
                int first = order[r];
                boolean keep = r + 3 < kept;
                remap[first] = keep ? r + 3 : SyllableLm.UNKNOWN;
                if (keep) {
                    words[r + 3] = firstWords.get(first);
                }
            }
            for (int i = 0; i < firstCounts.length; i++) {
                counts[remap[i]] += firstCounts[i];
            }
            return new Vocabulary(words, counts, remap);
        }

        int[] remap(int[] sequence, int length) {
            int[] ids = new int[length];
            for (int k = 0; k < length; k++) {
                ids[k] = newIdOfFirstId[sequence[k]];
            }
            return ids;
        }
    }
}
