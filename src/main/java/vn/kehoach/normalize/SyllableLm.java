package vn.kehoach.normalize;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trigram back-off language model over lower-case syllables (see {@link SyllableLmTrainer}): log10
 * probabilities of stored n-grams and back-off weights of their contexts, ARPA style, quantised to a
 * byte. Word ids: 0 unknown, 1 line start, 2 line end; the raw corpus count of every word is kept
 * because candidate lists are ordered by it.
 */
public final class SyllableLm {

    public static final int UNKNOWN = 0;
    public static final int LINE_START = 1;
    public static final int LINE_END = 2;
    /** Marks a context position before the line start: the query falls back to the bigram. */
    public static final int NONE = -1;
    /** The weight of a context without trigrams; the trainer gives every other context a different code. */
    public static final float NO_TRIGRAMS = 0f;

    private static final int MAGIC = 0x4b484c4d; // "KHLM"
    private static final int VERSION = 3;

    /** The counted n-grams of one order with their quantised values (bow may be null). */
    public record Order(long[] keys, byte[] prob, ByteQuantizer probBook, byte[] bow, ByteQuantizer bowBook) {
    }

    private final String[] words;
    private final int[] counts;
    private final Map<String, Integer> ids;
    private final float[] uniProb;
    private final float[] uniBow;
    private final Order bigrams;
    private final NgramTable bigramTable;
    private final Order trigrams;
    private final NgramTable trigramTable;

    public SyllableLm(String[] words, int[] counts, float[] uniProb, float[] uniBow, Order bigrams, Order trigrams) {
        this.words = words;
        this.counts = counts;
        this.uniProb = uniProb;
        this.uniBow = uniBow;
        this.bigrams = bigrams;
        this.trigrams = trigrams;
        this.ids = new HashMap<>(words.length * 2);
        for (int i = 0; i < words.length; i++) {
            ids.put(words[i], i);
        }
        this.bigramTable = new NgramTable(bigrams.keys(), bigrams.prob(), bigrams.bow());
        this.trigramTable = new NgramTable(trigrams.keys(), trigrams.prob(), null);
    }

    public int size() {
        return words.length;
    }

    /** How many bigrams and trigrams are stored, for reports. */
    public String describe() {
        return words.length + " words, " + bigrams.keys().length + " bigrams, " + trigrams.keys().length + " trigrams";
    }

    public String word(int id) {
        return words[id];
    }

    public int count(int id) {
        return counts[id];
    }

    /** The id of an {@link LmWords} word, {@link #UNKNOWN} if it was not in the training vocabulary. */
    public int id(String lmWord) {
        Integer id = ids.get(lmWord);
        return id == null ? UNKNOWN : id;
    }

    /**
     * The back-off weight (log10) of the context u v: what a missing trigram u v w adds to log P(w | v).
     * Exactly 0f when no trigram is stored under the context (see {@link #NO_TRIGRAMS}).
     */
    public float contextBow(int u, int v) {
        int payload = bigramTable.payload(NgramTable.key(u, v));
        return payload == NgramTable.ABSENT ? 0f : bigrams.bowBook().decode((byte) payload);
    }

    /** log10 P(w | u v) if that trigram is stored, else NaN (the caller backs off). */
    public float storedTrigram(int u, int v, int w) {
        int payload = trigramTable.payload(NgramTable.key(u, v, w));
        return payload == NgramTable.ABSENT ? Float.NaN : trigrams.probBook().decode((byte) (payload >> 8));
    }

    /** Whether a context weight from {@link #contextBow} says no trigram is stored under the context. */
    public static boolean noTrigramsUnder(float contextBow) {
        return contextBow == NO_TRIGRAMS;
    }

    /** log10 P(w | u v); u may be {@link #NONE} at the line start. */
    public float logProb(int u, int v, int w) {
        if (u != NONE) {
            float bow = contextBow(u, v);
            float stored = noTrigramsUnder(bow) ? Float.NaN : storedTrigram(u, v, w);
            return Float.isNaN(stored) ? bow + logProb(v, w) : stored;
        }
        return logProb(v, w);
    }

    /** log10 P(w), the lowest order. */
    public float unigramLogProb(int w) {
        return uniProb[w];
    }

    /** log10 P(w | v) if that bigram is stored, else NaN (no trigram ending in v w is stored either). */
    public float storedBigram(int v, int w) {
        int payload = bigramTable.payload(NgramTable.key(v, w));
        return payload == NgramTable.ABSENT ? Float.NaN : bigrams.probBook().decode((byte) (payload >> 8));
    }

    /** log10 P(w | v). */
    public float logProb(int v, int w) {
        int payload = bigramTable.payload(NgramTable.key(v, w));
        if (payload != NgramTable.ABSENT) {
            return bigrams.probBook().decode((byte) (payload >> 8));
        }
        return backedOff(v, w);
    }

    /** log10 P(w | v) for a bigram that is not stored: v's back-off weight and the unigram. */
    public float backedOff(int v, int w) {
        return uniBow[v] + uniProb[w];
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
            new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(words.length);
            for (int i = 0; i < words.length; i++) {
                out.writeUTF(words[i]);
                out.writeInt(counts[i]);
                out.writeFloat(uniProb[i]);
                out.writeFloat(uniBow[i]);
            }
            writeOrder(out, bigrams);
            writeOrder(out, trigrams);
        }
    }

    public static SyllableLm load(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
            new GZIPInputStream(Files.newInputStream(file), 1 << 16), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException(file + " is not a kehoach syllable language model (version " + VERSION + ")");
            }
            int n = in.readInt();
            String[] words = new String[n];
            int[] counts = new int[n];
            float[] uniProb = new float[n];
            float[] uniBow = new float[n];
            for (int i = 0; i < n; i++) {
                words[i] = in.readUTF();
                counts[i] = in.readInt();
                uniProb[i] = in.readFloat();
                uniBow[i] = in.readFloat();
            }
            return new SyllableLm(words, counts, uniProb, uniBow, readOrder(in), readOrder(in));
        }
    }

    /** Keys as varint gaps (they are sorted), then the value bytes and codebooks. */
    private static void writeOrder(DataOutputStream out, Order order) throws IOException {
        long[] keys = order.keys();
        out.writeInt(keys.length);
        long previous = 0;
        for (long k : keys) {
            long gap = k - previous;
            previous = k;
            while ((gap & ~0x7fL) != 0) {
                out.writeByte((int) (gap & 0x7f) | 0x80);
                gap >>>= 7;
            }
            out.writeByte((int) gap);
        }
        out.write(order.prob());
        writeBook(out, order.probBook());
        out.writeBoolean(order.bow() != null);
        if (order.bow() != null) {
            out.write(order.bow());
            writeBook(out, order.bowBook());
        }
    }

    private static Order readOrder(DataInputStream in) throws IOException {
        int n = in.readInt();
        long[] keys = new long[n];
        long previous = 0;
        for (int i = 0; i < n; i++) {
            long gap = 0;
            int shift = 0;
            int b;
            do {
                b = in.readUnsignedByte();
                gap |= (long) (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            previous += gap;
            keys[i] = previous;
        }
        byte[] prob = in.readNBytes(n);
        ByteQuantizer probBook = readBook(in);
        if (!in.readBoolean()) {
            return new Order(keys, prob, probBook, null, null);
        }
        byte[] bow = in.readNBytes(n);
        return new Order(keys, prob, probBook, bow, readBook(in));
    }

    private static void writeBook(DataOutputStream out, ByteQuantizer book) throws IOException {
        for (float f : book.codebook()) {
            out.writeFloat(f);
        }
    }

    private static ByteQuantizer readBook(DataInputStream in) throws IOException {
        float[] book = new float[256];
        for (int i = 0; i < 256; i++) {
            book[i] = in.readFloat();
        }
        return new ByteQuantizer(book);
    }
}
