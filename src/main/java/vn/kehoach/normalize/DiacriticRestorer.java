package vn.kehoach.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    private static final int MAX_CANDIDATES = 8;
    /** Channel scores of plain candidates: all equal (the decoder reads only as many as there are candidates). */
    private static final float[] NO_CHANNEL = new float[MAX_CANDIDATES];
    /** A line reads as correct Vietnamese when at least this share of its words carry marks... */
    private static final double CLEAN_MARKED_SHARE = 0.25;
    /** ...and fewer than this share of them are unknown to the model. */
    private static final double OCR_UNKNOWN_SHARE = 0.1;

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

    private static final Map<Path, DiacriticRestorer> SHARED = new ConcurrentHashMap<>();

    /** The restorer of {@link #modelsDirectory()}, loaded once per folder and shared (it is thread-safe). */
    public static DiacriticRestorer shared() {
        return SHARED.computeIfAbsent(modelsDirectory().toAbsolutePath().normalize(), DiacriticRestorer::load);
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
        Lattice lattice = new Lattice(n);
        for (int p = 0; p < n; p++) {
            candidates(line, tokens.get(p), repair, p, lattice);
        }
        LineDecoder.Path path = decoder.decode(lattice.ids, lattice.scores);
        StringBuilder out = new StringBuilder(line.length() + 16);
        List<Change> changes = new ArrayList<>();
        int copied = 0;
        for (int p = 0; p < n; p++) {
            WordTokens.Token token = tokens.get(p);
            String replacement = lattice.spelling(p, path.chosen()[p], token.text());
            out.append(line, copied, token.start()).append(replacement);
            copied = token.end();
            if (!replacement.equals(token.text())) {
                changes.add(new Change(token.start(), token.end(), token.text(), replacement, path.confidence()[p]));
            }
        }
        out.append(line, copied, line.length());
        return new Result(changes.isEmpty() ? line : out.toString(), changes, repair);
    }

    /**
     * OCR for a line with a fair share of words that are neither a Vietnamese syllable nor in the
     * vocabulary ("Thuc hién Nghi quyét s6"), PLAIN for a line whose words mostly lack marks ("Muc tieu
     * cu the"), nothing for a line that already reads as Vietnamese (one unknown abbreviation or name in
     * a correct line is no reason to touch it).
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
        boolean fewMarks = marked < CLEAN_MARKED_SHARE * words;
        if (unknown > 0 && (fewMarks || unknown >= OCR_UNKNOWN_SHARE * words)) {
            return Mode.OCR;
        }
        return fewMarks ? Mode.PLAIN : null;
    }

    /**
     * A known syllable spelt with a letter English-model OCR cannot produce (ư ơ ă đ ạ ề ...: anything
     * beyond Latin-1) was not written by that OCR, so OCR correction keeps it.
     */
    private boolean trustedInOcrText(String observed, int id) {
        return id != SyllableLm.UNKNOWN && observed.chars().anyMatch(c -> c > 0xff)
            && VietnameseSyllables.isValid(observed);
    }

    /** The candidates of each position of a line; spellings are only built for the chosen ones. */
    private final class Lattice {
        final int[][] ids;
        final float[][] scores;
        /** The LM word of each observed token, or for a fixed position the spelling to keep. */
        final String[] lmWords;
        final boolean[] fixed;

        Lattice(int n) {
            ids = new int[n][];
            scores = new float[n][];
            lmWords = new String[n];
            fixed = new boolean[n];
        }

        void fix(int p, String spelling, int id) {
            ids[p] = new int[] {id};
            scores[p] = NO_CHANNEL;
            lmWords[p] = spelling;
            fixed[p] = true;
        }

        String spelling(int p, int k, String observed) {
            if (fixed[p]) {
                return lmWords[p];
            }
            int id = ids[p][k];
            String word = lm.word(id);
            return id == SyllableLm.UNKNOWN || word.equals(lmWords[p]) ? observed : LetterCase.like(word, observed);
        }
    }

    private void candidates(String line, WordTokens.Token token, Mode repair, int p, Lattice lattice) {
        String observed = token.text();
        String lmWord = LmWords.of(observed);
        Optional<String> abbreviation = Abbreviations.canonical(observed, line, token.start(), token.end());
        if (abbreviation.isPresent()) {
            lattice.fix(p, abbreviation.get(), lm.id(LmWords.of(abbreviation.get())));
        } else if (!token.hasLetter() || repair == Mode.OCR && trustedInOcrText(observed, lm.id(lmWord))) {
            lattice.fix(p, observed, lm.id(lmWord));
        } else if (repair == Mode.OCR) {
            OcrCandidates.Candidates c = ocrCandidates.of(observed.toLowerCase(Locale.ROOT));
            lattice.ids[p] = c.ids();
            lattice.scores[p] = c.scores();
            lattice.lmWords[p] = lmWord;
        } else if (VietnameseSyllables.hasVietnameseMarks(observed) || !index.containsKey(lmWord)) {
            lattice.fix(p, observed, lm.id(lmWord));
        } else {
            lattice.ids[p] = index.candidates(lmWord);
            lattice.scores[p] = NO_CHANNEL;
            lattice.lmWords[p] = lmWord;
        }
    }
}
