package vn.kehoach.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Restores the diacritics of a de-accented line ("Muc tieu cu the" -> "Mục tiêu cụ thể") and corrects
 * English-model OCR damage ("ngudi dan" -> "người dân"): every word gets candidate spellings, and the
 * trigram {@link SyllableLm} (plus the {@link OcrChannel} for OCR text) picks the best sequence. Numbers,
 * punctuation and spacing are kept; capitalisation is carried over. Lines that already read as correct
 * Vietnamese are returned untouched.
 */
public final class DiacriticRestorer {

    /** AUTO decides per line; OCR and PLAIN force a repair of that kind. */
    public enum Mode { AUTO, OCR, PLAIN }

    /** One replaced word: its span in the input line and how sure the decoder was of it (0..1). */
    public record Change(int start, int end, String original, String replacement, double score) {
    }

    /** The repaired line, its changes, and the repair applied (null when the line was left alone). */
    public record Result(String text, List<Change> changes, Mode repair) {
        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    public static final String MODELS_PROPERTY = "kehoach.models";
    public static final String LM_FILE = "vi-syllable-3gram.bin";
    public static final String CHANNEL_FILE = "ocr-channel.tsv";

    private static final int MAX_CANDIDATES = 5;
    /** A line reads as correct Vietnamese when at least this share of its words carry marks... */
    private static final double CLEAN_MARKED_SHARE = 0.25;

    private final SyllableLm lm;
    private final CandidateIndex index;
    private final OcrCandidates ocrCandidates;
    private final LineDecoder decoder;

    public DiacriticRestorer(SyllableLm lm, OcrChannel channel) {
        this.lm = lm;
        this.index = new CandidateIndex(lm, MAX_CANDIDATES);
        this.ocrCandidates = new OcrCandidates(lm, index, channel);
        this.decoder = new LineDecoder(lm);
    }

    /** The models folder: the system property {@value #MODELS_PROPERTY}, else models/ in the working directory. */
    public static Path modelsDirectory() {
        return Path.of(System.getProperty(MODELS_PROPERTY, "models"));
    }

    /** Loads the language model and OCR channel from the folder; fails clearly if they are missing. */
    public static DiacriticRestorer load(Path modelsDir) {
        Path lmFile = modelsDir.resolve(LM_FILE);
        Path channelFile = modelsDir.resolve(CHANNEL_FILE);
        if (!Files.isRegularFile(lmFile) || !Files.isRegularFile(channelFile)) {
            throw new IllegalStateException("diacritic restoration needs " + lmFile + " and " + channelFile
                + " (set -D" + MODELS_PROPERTY + "=FOLDER, or rebuild them with scripts/train-lm.sh and scripts/make-channel.sh)");
        }
        try {
            SyllableLm lm = SyllableLm.load(lmFile);
            return new DiacriticRestorer(lm, OcrChannel.load(channelFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the models in " + modelsDir, e);
        }
    }

    public Result restore(String line) {
        return restore(line, Mode.AUTO);
    }

    public Result restore(String line, Mode mode) {
        Mode repair = mode == Mode.AUTO ? neededRepair(line) : mode;
        if (repair == null) {
            return new Result(line, List.of(), null);
        }
        List<WordTokens.Token> tokens = WordTokens.of(line);
        int n = tokens.size();
        int[][] ids = new int[n][];
        float[][] scores = new float[n][];
        String[][] spellings = new String[n][];
        for (int p = 0; p < n; p++) {
            candidates(line, tokens.get(p), repair, p, ids, scores, spellings);
        }
        int[] chosen = decoder.decode(ids, scores);
        StringBuilder out = new StringBuilder(line.length() + 16);
        List<Change> changes = new ArrayList<>();
        int copied = 0;
        for (int p = 0; p < n; p++) {
            WordTokens.Token token = tokens.get(p);
            String replacement = spellings[p][chosen[p]];
            out.append(line, copied, token.start()).append(replacement);
            copied = token.end();
            if (!replacement.equals(token.text())) {
                changes.add(new Change(token.start(), token.end(), token.text(), replacement,
                    decoder.confidence(ids, scores, chosen, p)));
            }
        }
        out.append(line, copied, line.length());
        return new Result(changes.isEmpty() ? line : out.toString(), changes, repair);
    }

    /**
     * OCR for a line with words that are neither a Vietnamese syllable nor in the vocabulary ("Thuc hién
     * Nghi quyét s6"), PLAIN for a line whose words mostly lack marks ("Muc tieu cu the"), nothing for a
     * line that already reads as Vietnamese.
     */
    Mode neededRepair(String line) {
        int words = 0;
        int marked = 0;
        int unknown = 0;
        for (WordTokens.Token t : WordTokens.of(line)) {
            if (!t.hasLetter()) {
                continue;
            }
            words++;
            marked += VietnameseSyllables.hasVietnameseMarks(t.text()) ? 1 : 0;
            boolean known = VietnameseSyllables.isValid(t.text()) || lm.id(LmWords.of(t.text())) != SyllableLm.UNKNOWN;
            unknown += known ? 0 : 1;
        }
        if (words == 0) {
            return null;
        }
        if (unknown > 0) {
            return Mode.OCR;
        }
        return marked < CLEAN_MARKED_SHARE * words ? Mode.PLAIN : null;
    }

    private void candidates(String line, WordTokens.Token token, Mode repair, int p, int[][] ids, float[][] scores,
                            String[][] spellings) {
        String observed = token.text();
        String lmWord = LmWords.of(observed);
        Optional<String> abbreviation = Abbreviations.canonical(observed, line, token.start(), token.end());
        if (abbreviation.isPresent()) {
            fixed(abbreviation.get(), lm.id(LmWords.of(abbreviation.get())), p, ids, scores, spellings);
            return;
        }
        if (!token.hasLetter()) {
            fixed(observed, lm.id(lmWord), p, ids, scores, spellings);
            return;
        }
        if (repair == Mode.OCR) {
            OcrCandidates.Candidates c = ocrCandidates.of(observed.toLowerCase(Locale.ROOT));
            ids[p] = c.ids();
            scores[p] = c.scores();
        } else if (VietnameseSyllables.hasVietnameseMarks(observed) || !index.containsKey(lmWord)) {
            fixed(observed, lm.id(lmWord), p, ids, scores, spellings);
            return;
        } else {
            ids[p] = index.candidates(lmWord);
            scores[p] = new float[ids[p].length];
        }
        spellings[p] = new String[ids[p].length];
        for (int k = 0; k < ids[p].length; k++) {
            String word = lm.word(ids[p][k]);
            boolean same = ids[p][k] == SyllableLm.UNKNOWN || word.equals(lmWord);
            spellings[p][k] = same ? observed : LetterCase.like(word, observed);
        }
    }

    private static void fixed(String spelling, int id, int p, int[][] ids, float[][] scores, String[][] spellings) {
        ids[p] = new int[] {id};
        scores[p] = new float[1];
        spellings[p] = new String[] {spelling};
    }
}
