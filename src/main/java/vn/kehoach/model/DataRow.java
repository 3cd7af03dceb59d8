package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A body row of a typed table, one cell per column; {@code isTotal} marks a "Tổng cộng" row. */
public record DataRow(List<DataCell> cells, @JsonProperty("isTotal") boolean isTotal) {

    public DataRow {
        cells = List.copyOf(cells);
    }
}
