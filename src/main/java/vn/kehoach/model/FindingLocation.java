package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a finding points: 1-based page and source lines, a section id, and for tables the table id with
 * 0-based indexes into its {@code rows} and {@code columns}. Parts that do not apply are null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FindingLocation(Integer page, String section, String table, Integer row, Integer column,
                              Integer lineFrom, Integer lineTo) {
}
