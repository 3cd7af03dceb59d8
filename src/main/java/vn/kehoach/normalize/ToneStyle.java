package vn.kehoach.normalize;

/**
 * Where the tone mark goes in an open syllable ending in oa, oe or uy; every other syllable has one
 * placement in both styles (hoàn, thuyền, quý, của, mùa, giữa, người).
 */
public enum ToneStyle {
    /**
     * "hòa", "khỏe", "thủy": the mark on the o/u. 91% of these syllables in the shared corpus are
     * written so (scripts/tone_style_census.py), hence the project default.
     */
    MODERN,
    /** "hoà", "khoẻ", "thuỷ": the mark on the a/e/y. */
    TRADITIONAL
}
