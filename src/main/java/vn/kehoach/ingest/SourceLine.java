package vn.kehoach.ingest;

/** One line of a text file: its 1-based number in the file and its text without the line ending. */
record SourceLine(int number, String text) {

    boolean isBlank() {
        return text.isBlank();
    }
}
