package vn.kehoach.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.kehoach.model.Line;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.Table;
import vn.kehoach.model.TableCell;
import vn.kehoach.model.TableRow;

/**
 * Tables written with pipes in plain text: Markdown tables ({@code | a | b |} rows, the {@code |---|}
 * row dropped) and the column separators that OCR text dumps print ({@code 1 | Khu phố 1 | 850}).
 * A table needs two pipe rows or more. OCR dumps break tables with blank lines and with the wrapped
 * end of a cell ("Nhan" below "KP Thanh"), so a gap of blank lines and at most {@value #MAX_GAP_LINES}
 * short lines between pipe rows is bridged, each short line kept as a one-cell row; a gap is never
 * bridged into the header row of a new Markdown table.
 */
final class PipeTables {

    /** A table and the index of the first line after it. */
    record Found(Table table, int next) {
    }

    private static final int MAX_GAP_LINES = 3;
    /** Shorter than a line of running text in a printed plan, long enough for a wrapped cell. */
    private static final int MAX_GAP_LINE_LENGTH = 40;
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-+:?");

    private PipeTables() {
    }

    static boolean isPipeRow(String text) {
        String t = text.strip();
        return t.contains(" | ") || t.startsWith("|") && t.indexOf('|', 1) > 0;
    }

    /** The table starting at {@code start}, if a run of pipe rows starts there. */
    static Optional<Found> tableAt(List<SourceLine> lines, int start, int page) {
        List<TableRow> rows = new ArrayList<>();
        int pipeRows = 0;
        int i = start;
        int end = start;
        while (i < lines.size() && isPipeRow(lines.get(i).text())) {
            for (; i < lines.size() && isPipeRow(lines.get(i).text()); i++, pipeRows++) {
                if (!isSeparator(lines.get(i).text())) {
                    rows.add(row(lines.get(i), page));
                }
            }
            end = i;
            List<SourceLine> gap = new ArrayList<>();
            for (; i < lines.size() && (lines.get(i).isBlank() || gap.size() < MAX_GAP_LINES && isGapLine(lines.get(i))); i++) {
                if (!lines.get(i).isBlank()) {
                    gap.add(lines.get(i));
                }
            }
            if (i >= lines.size() || !isPipeRow(lines.get(i).text()) || startsMarkdownTable(lines, i)) {
                break;
            }
            gap.forEach(line -> rows.add(new TableRow(List.of(cell(line.text().strip(), line.number(), page)))));
        }
        return pipeRows < 2 ? Optional.empty() : Optional.of(new Found(new Table(rows), end));
    }

    private static boolean isGapLine(SourceLine line) {
        String t = line.text().strip();
        return t.length() <= MAX_GAP_LINE_LENGTH && !isPipeRow(t) && !MarkdownHeadings.isHeading(t);
    }

    private static boolean startsMarkdownTable(List<SourceLine> lines, int at) {
        return at + 1 < lines.size() && isSeparator(lines.get(at + 1).text());
    }

    private static boolean isSeparator(String text) {
        List<String> cells = cellTexts(text);
        return !cells.isEmpty() && cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches());
    }

    private static TableRow row(SourceLine line, int page) {
        return new TableRow(cellTexts(line.text()).stream().map(text -> cell(text, line.number(), page)).toList());
    }

    private static TableCell cell(String text, int lineNumber, int page) {
        if (text.isEmpty()) {
            return new TableCell(List.of(), 1, 1);
        }
        MarkdownEmphasis.StyledText styled = MarkdownEmphasis.strip(List.of(text)).get(0);
        Line line = TextLines.line(styled.text(), styled.bold(), SourceKind.PLAIN, page, lineNumber);
        return new TableCell(List.of(line), 1, 1);
    }

    /** The cells of a row: split on unescaped pipes ("\\|" is a pipe in a cell), edge pipes only close the row. */
    private static List<String> cellTexts(String text) {
        String t = text.strip();
        if (t.startsWith("|")) {
            t = t.substring(1);
        }
        if (t.endsWith("|") && !t.endsWith("\\|")) {
            t = t.substring(0, t.length() - 1);
        }
        return Arrays.stream(UNESCAPED_PIPE.split(t, -1)).map(c -> c.replace("\\|", "|").strip()).toList();
    }
}
