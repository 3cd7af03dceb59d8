package vn.kehoach.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;

/**
 * Writes a document's tables as one XLSX workbook, a sheet per table named by its id: the same grid as
 * the CSV, with numbers as numeric cells (shown with their printed decimals), the header and total rows bold.
 */
final class TableXlsx {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold = workbook.createCellStyle();
    /** Number formats by (decimals, bold): a workbook holds at most 64000 styles, so they are shared. */
    private final Map<String, CellStyle> numberStyles = new HashMap<>();

    private TableXlsx() {
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
    }

    static void write(List<DataTable> tables, OutputStream out) throws IOException {
        TableXlsx xlsx = new TableXlsx();
        try (XSSFWorkbook workbook = xlsx.workbook) {
            for (DataTable table : tables) {
                xlsx.addSheet(table);
            }
            workbook.write(out);
        }
    }

    private void addSheet(DataTable table) {
        Sheet sheet = workbook.createSheet(table.id());
        Row header = sheet.createRow(0);
        List<String> labels = TableGrid.header(table);
        for (int c = 0; c < labels.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(labels.get(c));
            cell.setCellStyle(bold);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            DataRow row = table.rows().get(r);
            Row sheetRow = sheet.createRow(r + 1);
            for (int c = 0; c < row.cells().size(); c++) {
                put(sheetRow.createCell(c), row.cells().get(c), row.isTotal());
            }
            Cell total = sheetRow.createCell(row.cells().size());
            total.setCellValue(row.isTotal());
        }
    }

    private void put(Cell cell, DataCell data, boolean total) {
        Object value = TableGrid.value(data);
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(numberStyle(data.decimals() == null ? 0 : data.decimals(), total));
        } else {
            cell.setCellValue((String) value);
            if (total) {
                cell.setCellStyle(bold);
            }
        }
    }

    private CellStyle numberStyle(int decimals, boolean total) {
        return numberStyles.computeIfAbsent(decimals + "/" + total, key -> {
            CellStyle style = workbook.createCellStyle();
            if (total) {
                style.cloneStyleFrom(bold);
            }
            style.setDataFormat(workbook.createDataFormat().getFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)));
            return style;
        });
    }
}
