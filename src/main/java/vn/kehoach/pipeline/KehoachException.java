package vn.kehoach.pipeline;

import java.util.Objects;

/**
 * Root of kehoach's exception tree: every failure names the file it happened on, so a batch can
 * report it and go on. Subclasses say whether the input was bad or a stage broke.
 */
public abstract sealed class KehoachException extends Exception permits InputException, StageException {

    private final String file;

    protected KehoachException(String file, String message, Throwable cause) {
        super(message, cause);
        this.file = Objects.requireNonNull(file);
    }

    /** The input file as the user named it (relative to the batch root). */
    public String file() {
        return file;
    }

    /** A short machine-readable cause, stable for scripts (error JSON "cause"). */
    public abstract String causeCode();

    /** One line for people: file, cause and message. */
    public String oneLine() {
        return file + ": " + causeCode() + ": " + getMessage();
    }
}
