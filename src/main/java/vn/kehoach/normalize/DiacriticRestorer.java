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
import java.util.stream.Stream;

/**
 * Restores the diacritics of a de-accented line ("Muc tieu cu the" -> "Mục tiêu cụ thể") and corrects
 * OCR damage, by English-model OCR ("ngudi dan" -> "người dân") or by the Vietnamese model on a poor
 * scan ("tỏ hợp tác" -> "tổ hợp tác"): every word gets candidate spellings, and the trigram
 * {@link SyllableLm} (plus the learned {@link OcrChannel} of that OCR, and {@link PlaceNames} after a
 * unit word) picks the best sequence. Numbers, punctuation and spacing are kept; capitalisation is
 * carried over. Lines that already read as correct Vietnamese are returned untouched in AUTO mode.
 */
public final class DiacriticRestorer {

    /**
     * AUTO decides per line between OCR, PLAIN and nothing; OCR corrects English-model OCR, VIE text
     * read by Tesseract's Vietnamese model (every word may carry a wrong mark), PLAIN restores marks.
     */
    public enum Mode { AUTO, OCR, VIE, PLAIN }

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
    public static final String VIE_CHANNEL_FILE = "ocr-channel-vie.tsv";
    public static final String PLACE_NAMES_FILE = "place-names.bin";

    private static final int MAX_CANDIDATES = 8;
    /** Channel scores of plain candidates: all equal (the decoder reads only as many as there are candidates). */
    private static final float[] NO_CHANNEL = new float[MAX_CANDIDATES];
    /** A line reads as correct Vietnamese when at least this share of its words carry marks... */
    private static final double CLEAN_MARKED_SHARE = 0.25;
    /** ...and fewer than this share of them are unknown to the model. */
    private static final double OCR_UNKNOWN_SHARE = 0.1;

    private final SyllableLm lm;
    private final CandidateIndex index;
    private final OcrCandidates engCandidates;
    private final OcrCandidates vieCandidates;
    private final PlaceNames placeNames;
    private final LineDecoder decoder;

    DiacriticRestorer(SyllableLm lm, OcrChannel engChannel, OcrChannel vieChannel, PlaceNames placeNames) {
        this.lm = lm;
        this.index = new CandidateIndex(lm, MAX_CANDIDATES);
        this.engCandidates = new OcrCandidates(lm, index, engChannel);
        this.vieCandidates = new OcrCandidates(lm, index, vieChannel);
        this.placeNames = placeNames;
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

    /** Loads the language model, the OCR channels and the place names from the folder; fails clearly if one is missing. */
    public static DiacriticRestorer load(Path modelsDir) {
        List<Path> files = Stream.of(LM_FILE, CHANNEL_FILE, VIE_CHANNEL_FILE, PLACE_NAMES_FILE).map(modelsDir::resolve).toList();
        if (!files.stream().allMatch(Files::isRegularFile)) {
            throw new IllegalStateException("diacritic restoration needs " + files + " (set -D" + MODELS_PROPERTY
                + "=FOLDER, or rebuild them with scripts/train-lm.sh, scripts/make-channel.sh and scripts/make-place-names.sh)");
        }
        try {
            SyllableLm lm = SyllableLm.load(files.get(0));
            return new DiacriticRestorer(lm, OcrChannel.load(files.get(1)), OcrChannel.load(files.get(2)),
                PlaceNames.load(files.get(3), lm));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the models in " + modelsDir, e);
        }
    }

    public Result restore(String line) {
        return restore(line, Mode.AUTO);
    }

    public Result restore(String line, Mode mode) {
        return restore(line, mode, "");
    }

    /**
     * Repairs a line that follows the (repaired) line above: a line that goes on from a sentence the
     * line above broke off ("... của Ban chấp hành" / "Pang bo thi trdn") is read after its last words.
     */
    public Result restore(String line, Mode mode, String above) {
        Mode repair = mode == Mode.AUTO ? neededRepair(line) : mode;
        if (repair == null) {
            return new Result(line, List.of(), null);
        }
        int[] context = context(above);
        Lattice lattice = lattice(line, repair, false);
        LineDecoder.Path path = decode(lattice, repair, context);
        if (repair == Mode.OCR || repair == Mode.VIE) {
            // tokens OCR may have run together: the line read with them cut, if that reads better
            Lattice cut = lattice(line, repair, true);
            if (cut.size() > lattice.size()) {
                LineDecoder.Path cutPath = decode(cut, repair, context);
                if (cutPath.score() > path.score()) {
                    lattice = cut;
                    path = cutPath;
                }
            }
        }
        StringBuilder out = new StringBuilder(line.length() + 16);
        List<Change> changes = new ArrayList<>();
        int copied = 0;
        for (int p = 0; p < lattice.size(); p++) {
            Lattice.Position first = lattice.position(p);
            StringBuilder word = new StringBuilder(lattice.spelling(p, path.chosen()[p]));
            int from = p;
            while (p + 1 < lattice.size() && lattice.position(p + 1).splitPart()) {
                p++;
                word.append(' ').append(lattice.spelling(p, path.chosen()[p]));
            }
            int end = lattice.position(p).end();
            out.append(line, copied, first.start()).append(word);
            copied = end;
            String original = line.substring(first.start(), end);
            if (!word.toString().equals(original)) {
                double score = 1;
                for (int q = from; q <= p; q++) {
                    score = Math.min(score, path.confidence(q, lattice.ids(q).length));
                }
                changes.add(new Change(first.start(), end, original, word.toString(), score));
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
            // the vocabulary lookup first: it is cheaper than parsing the syllable, and mostly enough
            boolean known = lm.id(LmWords.of(t.text())) != SyllableLm.UNKNOWN || VietnameseSyllables.isValid(t.text())
                || footnoted(t.text());
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
     * A marked syllable with a number against it ("chính1", "ngoài138"): a footnote reference as the
     * source typed it, not OCR damage; it stays as it is.
     */
    private static boolean footnoted(String token) {
        int end = token.length();
        while (end > 0 && Character.isDigit(token.charAt(end - 1))) {
            end--;
        }
        String word = token.substring(0, end);
        return end < token.length() && !word.isEmpty() && VietnameseSyllables.hasVietnameseMarks(word)
            && VietnameseSyllables.isValid(word);
    }

    /**
     * A known syllable spelt with a letter English-model OCR cannot produce (ư ơ ă đ ạ ề ...: anything
     * beyond Latin-1) was not written by that OCR, so OCR correction keeps it.
     */
    private boolean trustedInOcrText(String observed, int id) {
        return id != SyllableLm.UNKNOWN && observed.chars().anyMatch(c -> c > 0xff)
            && VietnameseSyllables.isValid(observed);
    }

    private LineDecoder.Path decode(Lattice lattice, Mode repair, int[] context) {
        OcrCandidates ocr = repair == Mode.VIE ? vieCandidates : engCandidates;
        placeNames.favourNames(lattice, repair == Mode.PLAIN ? (word, observed) -> 0f
            : (word, observed) -> (float) ocr.channel().score(lm.word(word), observed.toLowerCase(Locale.ROOT)));
        return decoder.decode(lattice.idArrays(), lattice.scoreArrays(), context[0], context[1]);
    }

    /**
     * The two words a line goes on from: the last words of the line above when it ends in a word (a
     * sentence broken by the line end), a line start when it ends in punctuation or is empty.
     */
    private int[] context(String above) {
        List<WordTokens.Token> tokens = WordTokens.of(above);
        String text = above.stripTrailing();
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1).end() < text.length()) {
            return new int[] {SyllableLm.NONE, SyllableLm.LINE_START};
        }
        int last = lm.id(LmWords.of(tokens.get(tokens.size() - 1).text()));
        int before = tokens.size() >= 2 ? lm.id(LmWords.of(tokens.get(tokens.size() - 2).text())) : SyllableLm.LINE_START;
        return new int[] {before, last};
    }

    /** The candidates of every word of the line; with cut, a token OCR may have run together becomes two positions. */
    private Lattice lattice(String line, Mode repair, boolean cut) {
        Lattice lattice = new Lattice(lm);
        for (WordTokens.Token token : WordTokens.of(line)) {
            String observed = token.text();
            Lattice.Position whole = new Lattice.Position(token.start(), token.end(), observed, false);
            Optional<String> abbreviation = Abbreviations.canonical(observed, line, token.start(), token.end());
            String lmWord = LmWords.of(observed);
            if (abbreviation.isPresent()) {
                lattice.addFixed(whole, abbreviation.get());
            } else if (!token.hasLetter() || footnoted(observed) || repair == Mode.OCR && trustedInOcrText(observed, lm.id(lmWord))) {
                lattice.addFixed(whole, observed);
            } else if (repair == Mode.OCR || repair == Mode.VIE) {
                addOcrChoices(lattice, whole, repair == Mode.VIE ? vieCandidates : engCandidates, cut);
            } else if (VietnameseSyllables.hasVietnameseMarks(observed) || !index.containsKey(lmWord)) {
                lattice.addFixed(whole, observed);
            } else {
                lattice.addChoice(whole, index.candidates(lmWord), NO_CHANNEL);
            }
        }
        return lattice;
    }

    private static void addOcrChoices(Lattice lattice, Lattice.Position token, OcrCandidates ocr, boolean mayCut) {
        String lower = token.observed().toLowerCase(Locale.ROOT);
        int cut = mayCut ? ocr.splitPoint(lower) : 0;
        if (cut == 0) {
            OcrCandidates.Candidates c = ocr.of(lower);
            lattice.addChoice(token, c.ids(), c.scores());
            return;
        }
        int at = token.start() + cut;
        OcrCandidates.Candidates left = ocr.of(lower.substring(0, cut));
        OcrCandidates.Candidates right = ocr.of(lower.substring(cut));
        lattice.addChoice(new Lattice.Position(token.start(), at, token.observed().substring(0, cut), false), left.ids(), left.scores());
        lattice.addChoice(new Lattice.Position(at, token.end(), token.observed().substring(cut), true), right.ids(),
            OcrCandidates.withMissingSpace(right.scores()));
    }
}
