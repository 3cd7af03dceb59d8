package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One typed table cell. {@code raw} is the text as read, never repaired; {@code value} the number it
 * prints (null for text, empty cells and numbers too damaged to read), {@code decimals} its printed
 * precision and {@code unit} its money unit. {@code confidence} in [0, 1] combines recognition
 * confidence with doubts raised while reading (a stray mark, a value far off its column); {@code
 * provenance} is the cell's first line, with the box of the cell's words when the source has geometry.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataCell(String raw, BigDecimal value, Integer decimals, String unit, CellType type,
                       double confidence, Provenance provenance) {

    public DataCell {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }

    public DataCell withConfidence(double newConfidence) {
        return new DataCell(raw, value, decimals, unit, type, newConfidence, provenance);
    }
}
