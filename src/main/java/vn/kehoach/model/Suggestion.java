package vn.kehoach.model;

import java.math.BigDecimal;

/**
 * A reading of one table cell under which a failed check passes. Only suggested: the cell itself keeps
 * the number as printed.
 */
public record Suggestion(int row, int column, String raw, BigDecimal value) {
}
