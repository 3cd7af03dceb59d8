package vn.kehoach.model;

import java.util.List;

/**
 * A column of a typed table: its header path from the outermost header to the innermost (["Chỉ tiêu
 * năm 2023", "Tỷ lệ %"]; empty when no header could be read) and the dominant type of its cells.
 */
public record DataColumn(List<String> path, CellType type) {

    public DataColumn {
        path = List.copyOf(path);
    }
}
