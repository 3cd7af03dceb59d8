package vn.kehoach.extract;

/** A column's extent across the page, in points: where the segments of its cells overlap. */
record Band(double left, double right) {

    double width() {
        return right - left;
    }

    double centre() {
        return (left + right) / 2;
    }
}
