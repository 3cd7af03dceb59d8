package vn.kehoach.evaluate;

/** True positives, false positives and false negatives of one field, and the measures made of them. */
public record FieldScore(int truePositives, int falsePositives, int falseNegatives) {

    public static final FieldScore ZERO = new FieldScore(0, 0, 0);

    public FieldScore plus(FieldScore other) {
        return new FieldScore(truePositives + other.truePositives, falsePositives + other.falsePositives,
            falseNegatives + other.falseNegatives);
    }

    /** Share of found values that are right; 1 when nothing was found (nothing wrong was claimed). */
    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1 : (double) truePositives / found;
    }

    /** Share of gold values found; 1 when the gold has none. */
    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 1 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The number of gold values: the field's weight in a micro average. */
    public int support() {
        return truePositives + falseNegatives;
    }
}
