package vn.kehoach.normalize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How English-model OCR writes each Vietnamese letter: P(OCR string | source letter), learned by
 * {@link ChannelTrainer} from rendered and re-read corpus lines (ố -> "6", ủ -> "ti", ư -> "u", l -> "1").
 * Scores a candidate spelling against an OCR token, and lists the rewrites (OCR piece -> plain
 * letter) that lead from a token back to candidate keys.
 */
public final class OcrChannel {

    /** An OCR piece up to this long may stand for one source letter. */
    static final int MAX_PIECE = 2;
    private static final double SAME_LETTER = 0.5;
    private static final double SAME_BASE = 0.2;
    private static final double OTHER = 1e-4;
    /** A piece only seen for a sibling letter (seen for á, asked for à) costs this much more (log10). */
    private static final double UNSEEN_POOLED = -1;
    private static final double MIN_REWRITE_SHARE = 0.03;
    private static final int MIN_REWRITE_COUNT = 3;
    static final String VOWELS = "aeiouy";

    private final Map<String, Map<String, Double>> logProb = new HashMap<>();
    private final Map<String, Double> unseenScale = new HashMap<>();
    /** The same, pooled over source letters with one plain form (à á ả ã ạ -> a): a back-off for rare letters. */
    private final Map<String, Map<String, Double>> plainLogProb = new HashMap<>();
    private final Map<String, List<String>> rewrites = new HashMap<>();
    /** log10 P(a vowel read as one particular other plain vowel), for pairs the table never saw ("â" -> "i"). */
    private final double unseenVowelSwap;

    /** counts: source letter (or "" for OCR noise before a word) -> OCR piece -> how often. */
    public OcrChannel(Map<String, Map<String, Integer>> counts) {
        Map<String, Map<String, Integer>> byPiece = new HashMap<>();
        Map<String, Map<String, Integer>> byPlainSource = new HashMap<>();
        counts.forEach((source, pieces) -> {
            double total = pieces.values().stream().mapToInt(Integer::intValue).sum() + 1;
            Map<String, Double> logs = new HashMap<>();
            pieces.forEach((piece, c) -> {
                logs.put(piece, Math.log10(c / total));
                byPlainSource.computeIfAbsent(VietnameseText.removeAccents(source), k -> new HashMap<>()).merge(piece, c, Integer::sum);
                String plainPiece = VietnameseText.removeAccents(piece);
                String plainSource = VietnameseText.removeAccents(source);
                if (!plainPiece.isEmpty() && !plainPiece.equals(plainSource) && (c >= MIN_REWRITE_COUNT || isSymbol(plainPiece))) {
                    byPiece.computeIfAbsent(plainPiece, k -> new HashMap<>()).merge(plainSource, c, Integer::sum);
                }
            });
            logProb.put(source, logs);
            unseenScale.put(source, 1 / total);
        });
        byPlainSource.forEach((plain, pieces) -> {
            double total = pieces.values().stream().mapToInt(Integer::intValue).sum() + 1;
            Map<String, Double> logs = new HashMap<>();
            pieces.forEach((piece, c) -> logs.put(piece, Math.log10(c / total)));
            plainLogProb.put(plain, logs);
        });
        unseenVowelSwap = Math.log10(vowelSwapShare(counts) / (VOWELS.length() - 1)) + UNSEEN_POOLED;
        byPiece.forEach((piece, sources) -> {
            int total = sources.values().stream().mapToInt(Integer::intValue).sum();
            List<String> kept = new ArrayList<>();
            sources.forEach((source, c) -> {
                if (c >= MIN_REWRITE_SHARE * total) {
                    kept.add(source);
                }
            });
            rewrites.put(piece, kept);
        });
    }

    /**
     * The share of vowel readings that came out as another plain vowel (ô -> "a", ư -> "i"): OCR confuses
     * vowels with vowels far more than with consonants, so an unseen vowel pair borrows this rate.
     */
    private static double vowelSwapShare(Map<String, Map<String, Integer>> counts) {
        long vowels = 0;
        long swaps = 0;
        for (var e : counts.entrySet()) {
            String source = VietnameseText.removeAccents(e.getKey());
            if (isVowel(source)) {
                for (var piece : e.getValue().entrySet()) {
                    vowels += piece.getValue();
                    String read = VietnameseText.removeAccents(piece.getKey());
                    swaps += isVowel(read) && !read.equals(source) ? piece.getValue() : 0;
                }
            }
        }
        return Math.max(1, swaps) / (double) Math.max(1, vowels);
    }

    static boolean isVowel(String plainLetter) {
        return plainLetter.length() == 1 && VOWELS.indexOf(plainLetter.charAt(0)) >= 0;
    }

    /**
     * A piece without letters or digits ("€", "¢") is never text of its own, so a single sighting already
     * says which letter it stands for; letter pieces need a few, as one may be a misalignment.
     */
    private static boolean isSymbol(String piece) {
        return piece.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** De-accented OCR piece -> the plain source letters it was learned to stand for ("6" -> "o"). */
    public List<String> rewrites(String plainPiece) {
        return rewrites.getOrDefault(plainPiece, List.of());
    }

    /** log10 P(source letter written as piece). */
    double pieceLogProb(String source, String piece) {
        Map<String, Double> logs = logProb.get(source);
        Double seen = logs == null ? null : logs.get(piece);
        if (seen != null) {
            return seen;
        }
        Map<String, Double> pooled = plainLogProb.get(VietnameseText.removeAccents(source));
        Double similar = pooled == null ? null : pooled.get(piece);
        if (similar != null && !piece.equals(source)) {
            return similar + UNSEEN_POOLED;
        }
        String plainSource = VietnameseText.removeAccents(source);
        String plainPiece = VietnameseText.removeAccents(piece);
        if (isVowel(plainSource) && isVowel(plainPiece) && !plainPiece.equals(plainSource)) {
            // never above a pair seen once for this letter: what was seen outranks what was not
            return Math.min(unseenVowelSwap, Math.log10(unseenScale.getOrDefault(source, 1.0)) + UNSEEN_POOLED);
        }
        double prior = piece.equals(source) ? SAME_LETTER
            : !piece.isEmpty() && VietnameseText.removeAccents(piece).equals(VietnameseText.removeAccents(source)) ? SAME_BASE
            : Math.pow(OTHER, Math.max(1, piece.length()));
        return Math.log10(prior * unseenScale.getOrDefault(source, 1.0));
    }

    /** log10 P(observed | candidate), both lower case: the best segmentation of the OCR token by letter. */
    public double score(String candidate, String observed) {
        int m = candidate.length();
        int n = observed.length();
        double[][] best = new double[m + 1][n + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = pieceLogProb("", "");
        for (int j = 1; j <= Math.min(MAX_PIECE, n); j++) {
            best[0][j] = pieceLogProb("", observed.substring(0, j));
        }
        for (int i = 1; i <= m; i++) {
            String source = candidate.substring(i - 1, i);
            for (int j = 0; j <= n; j++) {
                for (int k = 0; k <= Math.min(MAX_PIECE, j); k++) {
                    double before = best[i - 1][j - k];
                    if (before != Double.NEGATIVE_INFINITY) {
                        best[i][j] = Math.max(best[i][j], before + pieceLogProb(source, observed.substring(j - k, j)));
                    }
                }
            }
        }
        return best[m][n];
    }

    /** Reads the table ChannelTrainer wrote: source TAB piece TAB count per line. */
    public static OcrChannel load(Path file) throws IOException {
        return new OcrChannel(readCounts(file));
    }

    static Map<String, Map<String, Integer>> readCounts(Path file) throws IOException {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            counts.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Integer.parseInt(f[2]));
        }
        return counts;
    }
}
