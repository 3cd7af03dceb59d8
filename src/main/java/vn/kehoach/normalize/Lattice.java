package vn.kehoach.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The candidates of each word position of one line, for the {@link LineDecoder}. A position is a word
 * token, or one part of a token that OCR ran together ("Tramy" -> "Tram" + "y"), which is written back
 * with a space. Spellings are only built for the chosen candidates.
 */
final class Lattice {

    /** One position: the observed text, its span in the line, and whether it continues the token before it. */
    record Position(int start, int end, String observed, boolean splitPart) {
    }

    private final SyllableLm lm;
    private final List<Position> positions = new ArrayList<>();
    private final List<int[]> ids = new ArrayList<>();
    private final List<float[]> scores = new ArrayList<>();
    /** The LM word of each observed token, or for a fixed position the spelling to keep. */
    private final List<String> lmWords = new ArrayList<>();
    private final List<Boolean> fixed = new ArrayList<>();
    /** Per position, how to write the unknown-word candidate if a place name gave it a spelling (else null). */
    private final List<String> unknownSpellings = new ArrayList<>();

    Lattice(SyllableLm lm) {
        this.lm = lm;
    }

    int size() {
        return positions.size();
    }

    Position position(int p) {
        return positions.get(p);
    }

    int[] ids(int p) {
        return ids.get(p);
    }

    float[] scores(int p) {
        return scores.get(p);
    }

    boolean isFixed(int p) {
        return fixed.get(p);
    }

    /** A position whose spelling is kept as given (a number, an abbreviation from the table, a trusted word). */
    void addFixed(Position position, String spelling) {
        add(position, new int[] {lm.id(LmWords.of(spelling))}, new float[1], spelling, true);
    }

    /** A position with candidates to decode; ids[k] scored by the channel as scores[k]. */
    void addChoice(Position position, int[] candidateIds, float[] channelScores) {
        add(position, candidateIds, channelScores, LmWords.of(position.observed()), false);
    }

    private void add(Position position, int[] candidateIds, float[] channelScores, String lmWord, boolean keep) {
        positions.add(position);
        ids.add(candidateIds);
        scores.add(channelScores);
        lmWords.add(lmWord);
        fixed.add(keep);
        unknownSpellings.add(null);
    }

    /** Writes the unknown-word candidate at p as this spelling (a place-name syllable the model lacks). */
    void spellUnknownAs(int p, String spelling) {
        unknownSpellings.set(p, spelling);
    }

    /**
     * Adds bonus to the candidate word at a decoded position, first adding the word with the given channel
     * score if it is not among the candidates yet.
     */
    void favour(int p, int word, float channelScore, float bonus) {
        int[] candidates = ids.get(p);
        int k = 0;
        while (k < candidates.length && candidates[k] != word) {
            k++;
        }
        float[] channel = scores.get(p);
        if (k == candidates.length) {
            candidates = Arrays.copyOf(candidates, k + 1);
            candidates[k] = word;
            channel = Arrays.copyOf(channel, k + 1);
            channel[k] = channelScore;
        } else {
            channel = channel.clone();
        }
        channel[k] += bonus;
        ids.set(p, candidates);
        scores.set(p, channel);
    }

    int[][] idArrays() {
        return ids.toArray(new int[0][]);
    }

    float[][] scoreArrays() {
        return scores.toArray(new float[0][]);
    }

    /** The spelling of candidate k at position p, in the observed capitalisation. */
    String spelling(int p, int k) {
        String observed = positions.get(p).observed();
        if (fixed.get(p)) {
            return lmWords.get(p);
        }
        int id = ids.get(p)[k];
        if (id == SyllableLm.UNKNOWN) {
            return unknownSpellings.get(p) == null ? observed : LetterCase.like(unknownSpellings.get(p), observed);
        }
        String word = lm.word(id);
        return word.equals(lmWords.get(p)) ? observed : LetterCase.like(word, observed);
    }
}
