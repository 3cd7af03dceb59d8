package vn.kehoach.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;

/** Writes a typed table as RFC 4180 CSV in UTF-8: numbers plain ("1234.5"), text quoted when it must be. */
final class TableCsv {

    private TableCsv() {
    }

    static void write(DataTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writeRecord(writer, TableGrid.header(table));
        for (DataRow row : table.rows()) {
            List<Object> values = new ArrayList<>();
            for (DataCell cell : row.cells()) {
                values.add(TableGrid.value(cell));
            }
            values.add(row.isTotal());
            writeRecord(writer, values);
        }
        writer.flush();
    }

    private static void writeRecord(Writer writer, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(values.get(i)));
        }
        writer.write("\r\n");
    }

    static String field(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        String text = String.valueOf(value);
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
