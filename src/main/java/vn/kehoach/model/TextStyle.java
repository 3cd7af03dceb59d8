package vn.kehoach.model;

/** Typographic hints kept from PDF text layers and office files: headings and tables are found by them. */
public record TextStyle(double fontSize, boolean bold, String fontName) {
}
