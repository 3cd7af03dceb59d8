package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One failed check of a validation rule, told in Vietnamese and English, with where it points, the
 * numbers behind it, a triage and, for a probable OCR error, the reading that would make it pass.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String ruleId, Severity severity, String messageVi, String messageEn, FindingLocation location,
                      Evidence evidence, Triage triage, Suggestion suggestion) {

    public Finding {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(location);
    }
}
