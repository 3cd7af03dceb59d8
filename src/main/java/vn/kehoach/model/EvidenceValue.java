package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** One number a check used: what it is ("Khu phố 1 / cột 7"), as printed, as read, and where it was read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceValue(String label, String raw, BigDecimal value, Provenance provenance) {
}
