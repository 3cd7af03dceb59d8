package vn.kehoach.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;

/** The input itself cannot be read as a document: empty, truncated, encrypted, unsupported ... */
public final class InputException extends KehoachException {

    /** Why an input was rejected; the ids are part of the error JSON contract. */
    public enum Reason {
        EMPTY("empty-file"),
        TRUNCATED("truncated"),
        ENCRYPTED("encrypted"),
        UNSUPPORTED_TYPE("unsupported-type"),
        UNREADABLE("unreadable"),
        NOT_FOUND("not-found"),
        /** More pages than the per-document limit allows. */
        TOO_MANY_PAGES("too-many-pages"),
        /** An image (or a page to render) with more pixels than the limit: a decompression bomb or an absurd scan. */
        TOO_LARGE_IMAGE("too-large-image"),
        /** The document took longer than the per-document time limit. */
        TIMEOUT("timeout");

        private final String id;

        Reason(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }

    private final Reason reason;

    public InputException(String file, Reason reason, String message) {
        this(file, reason, message, null);
    }

    public InputException(String file, Reason reason, String message, Throwable cause) {
        super(file, message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String causeCode() {
        return reason.id();
    }
}
