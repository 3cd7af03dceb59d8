package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One extracted field with where it was read and how sure the rule is, in [0, 1]. A field that is not
 * in the document is {@link #missing()}: {@code "value": null}, no span, confidence 0, so JSON shows
 * it plainly instead of a guess.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Extracted<T>(@JsonInclude(JsonInclude.Include.ALWAYS) T value, SourceSpan span, double confidence) {

    public Extracted {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
        if ((value == null) != (span == null)) {
            throw new IllegalArgumentException("a value needs a span and a missing value has none");
        }
    }

    public static <T> Extracted<T> missing() {
        return new Extracted<>(null, null, 0);
    }

    public static <T> Extracted<T> found(T value, SourceSpan span, double confidence) {
        return new Extracted<>(value, span, confidence);
    }

    @JsonIgnore
    public boolean isPresent() {
        return value != null;
    }
}
