package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How bad a finding is; declared from the worst down so that {@link #atLeast} compares by order. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** Whether this severity is {@code threshold} or worse. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
