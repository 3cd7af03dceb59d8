package vn.kehoach.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.kehoach.model.Block;
import vn.kehoach.model.Table;
import vn.kehoach.model.TableCell;
import vn.kehoach.model.TableRow;

/**
 * Restores the merged cells of Word tables, which Tika's XHTML leaves out: a horizontally merged cell
 * ({@code gridSpan}) arrives as one plain cell, a vertically merged one ({@code vMerge}) as an empty cell
 * in every row it covers. The spans are read with POI and given to the table built from Tika's output
 * that has the same shape and text; a table Tika emitted differently is left as it is.
 */
final class DocxTableSpans {

    private enum Merge { NONE, RESTART, CONTINUE }

    /** A cell as Word stores it: its text, how many grid columns it spans and its part in a vertical merge. */
    private record WordCell(String text, int colSpan, Merge merge) {
    }

    private record WordTable(List<List<WordCell>> rows) {
    }

    private DocxTableSpans() {
    }

    /** The blocks with spans set on every table that matches one in the Word file. */
    static List<Block> apply(Path docx, List<Block> blocks) throws IOException {
        List<WordTable> wordTables = read(docx);
        List<Block> result = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Table table) {
                Optional<WordTable> match = wordTables.stream().filter(w -> sameTable(w, table)).findFirst();
                match.ifPresent(wordTables::remove);
                result.add(match.map(w -> withSpans(table, w)).orElse(table));
            } else {
                result.add(block);
            }
        }
        return result;
    }

    private static List<WordTable> read(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFTable> tables = new ArrayList<>(document.getTables());
            document.getHeaderList().stream().map(XWPFHeaderFooter::getTables).forEach(tables::addAll);
            document.getFooterList().stream().map(XWPFHeaderFooter::getTables).forEach(tables::addAll);
            List<WordTable> result = new ArrayList<>();
            tables.forEach(t -> result.add(new WordTable(t.getRows().stream().map(DocxTableSpans::cells).toList())));
            return result;
        } catch (POIXMLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<WordCell> cells(XWPFTableRow row) {
        List<WordCell> cells = new ArrayList<>();
        for (ICell cell : row.getTableICells()) {
            // Content controls (XWPFSDTCell) carry no spans; an empty text matches whatever Tika printed for them.
            CTTcPr properties = cell instanceof XWPFTableCell c ? c.getCTTc().getTcPr() : null;
            String text = cell instanceof XWPFTableCell c ? c.getText() : "";
            if (properties == null) {
                cells.add(new WordCell(text, 1, Merge.NONE));
                continue;
            }
            int colSpan = properties.isSetGridSpan() ? Math.max(1, properties.getGridSpan().getVal().intValue()) : 1;
            // <w:vMerge/> without a value continues the merge above it.
            Merge merge = !properties.isSetVMerge() ? Merge.NONE
                : properties.getVMerge().getVal() == STMerge.RESTART ? Merge.RESTART : Merge.CONTINUE;
            cells.add(new WordCell(text, colSpan, merge));
        }
        return cells;
    }

    /**
     * Same rows and cells, and each Word cell's letters and digits found in order in the built cell: Tika
     * adds list numbers ("1.", "·") and may add text of nested tables, but never drops the cell's own text.
     */
    private static boolean sameTable(WordTable word, Table table) {
        if (word.rows().size() != table.rows().size()) {
            return false;
        }
        for (int r = 0; r < word.rows().size(); r++) {
            List<WordCell> wordCells = word.rows().get(r);
            List<TableCell> cells = table.rows().get(r).cells();
            if (wordCells.size() != cells.size()) {
                return false;
            }
            for (int c = 0; c < cells.size(); c++) {
                if (!isSubsequence(lettersAndDigits(wordCells.get(c).text()), lettersAndDigits(cells.get(c).text()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Table withSpans(Table table, WordTable word) {
        int[][] rowSpans = new int[word.rows().size()][];
        boolean[][] covered = new boolean[word.rows().size()][];
        Map<Integer, int[]> mergeStarts = new HashMap<>();
        for (int r = 0; r < word.rows().size(); r++) {
            List<WordCell> cells = word.rows().get(r);
            rowSpans[r] = new int[cells.size()];
            covered[r] = new boolean[cells.size()];
            int gridColumn = 0;
            for (int c = 0; c < cells.size(); c++) {
                rowSpans[r][c] = 1;
                switch (cells.get(c).merge()) {
                    case RESTART -> mergeStarts.put(gridColumn, new int[] {r, c});
                    case CONTINUE -> {
                        int[] start = mergeStarts.get(gridColumn);
                        if (start != null) {
                            rowSpans[start[0]][start[1]]++;
                            covered[r][c] = true;
                        }
                    }
                    case NONE -> mergeStarts.remove(gridColumn);
                }
                gridColumn += cells.get(c).colSpan();
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < rowSpans.length; r++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < rowSpans[r].length; c++) {
                if (!covered[r][c]) {
                    TableCell cell = table.rows().get(r).cells().get(c);
                    cells.add(new TableCell(cell.lines(), rowSpans[r][c], word.rows().get(r).get(c).colSpan()));
                }
            }
            rows.add(new TableRow(cells));
        }
        return new Table(rows);
    }

    private static String lettersAndDigits(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isSubsequence(String needle, String haystack) {
        int found = 0;
        for (int i = 0; i < haystack.length() && found < needle.length(); i++) {
            if (haystack.charAt(i) == needle.charAt(found)) {
                found++;
            }
        }
        return found == needle.length();
    }
}
