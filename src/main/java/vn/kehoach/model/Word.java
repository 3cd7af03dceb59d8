package vn.kehoach.model;

/** A word with its box and recognition confidence in [0, 1] (1 for text-layer words). */
public record Word(String text, Box box, double confidence) {
}
