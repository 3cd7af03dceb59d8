package vn.kehoach.normalize;

import java.util.Arrays;

/**
 * Packed n-gram keys (16 bits per word id) with their two quantised value bytes stored in the same
 * long, found by open addressing: one memory access per lookup in the common case and no objects, so
 * the decoder can afford millions of lookups a second.
 */
public final class NgramTable {

    public static final int ID_BITS = 16;
    /** Ids stay below 2^16 - 1, so no key is all ones (the empty-slot marker). */
    public static final int MAX_WORDS = (1 << ID_BITS) - 1;
    /** What {@link #payload} returns for a key that is not stored. */
    public static final int ABSENT = -1;

    private static final long EMPTY = -1L;
    private static final int PAYLOAD_BITS = 16;

    private final long[] slots;
    private final int mask;

    /** Stores key i with the payload {@code (first[i] << 8) | second[i]} (second may be null). */
    public NgramTable(long[] keys, byte[] first, byte[] second) {
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
        Arrays.fill(slots, EMPTY);
        for (int r = 0; r < keys.length; r++) {
            int payload = (first[r] & 0xff) << 8 | (second == null ? 0 : second[r] & 0xff);
            int s = slot(keys[r]);
            while (slots[s] != EMPTY) {
                s = (s + 1) & mask;
            }
            slots[s] = keys[r] << PAYLOAD_BITS | payload;
        }
    }

    public static long key(int v, int w) {
        return ((long) v << ID_BITS) | w;
    }

    public static long key(int u, int v, int w) {
        return ((long) u << (2 * ID_BITS)) | ((long) v << ID_BITS) | w;
    }

    /** The 16-bit payload of the key, or {@link #ABSENT}. */
    public int payload(long key) {
        int s = slot(key);
        while (true) {
            long entry = slots[s];
            if (entry == EMPTY) {
                return ABSENT;
            }
            if (entry >>> PAYLOAD_BITS == key) {
                return (int) entry & 0xffff;
            }
            s = (s + 1) & mask;
        }
    }

    private int slot(long key) {
        long h = key ^ (key >>> 33); // murmur3's finaliser: every key bit reaches the low bits
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }
}
