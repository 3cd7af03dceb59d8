package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A column of a typed table: its header path from the outermost header to the innermost (["Chỉ tiêu
 * năm 2023", "Tỷ lệ %"]; empty when no header could be read), the dominant type of its cells, and for a
 * money column the unit its header or cells give ("triệu đồng"), null otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataColumn(List<String> path, CellType type, String unit) {

    public DataColumn {
        path = List.copyOf(path);
    }
}
