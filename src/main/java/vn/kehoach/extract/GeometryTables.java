package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Line;
import vn.kehoach.model.Provenance;

/**
 * Finds tables on pages that have word boxes but no table blocks (PDF text layers, OCR). Ruling lines are
 * not in the model, so tables are found from positions: a run of lines that split into several segments
 * ({@link Segment}) is a table candidate, single-segment lines inside it (wrapped labels, stacked header
 * words) are bridged. Columns are the x-bands where the segments of the lines holding numbers overlap;
 * every segment then falls in the band it overlaps most ({@link OrderColumn} first cuts order numbers glued
 * to the names). Lines above the first line of numbers are the
 * header: a segment spreading over several bands is a group header over them, the others stack into
 * their band's own header text.
 */
final class GeometryTables {

    /** A table found on a page and the indexes of its first and last line in the page's line list. */
    record Found(RawTable table, int first, int last) {
    }

    private static final int MIN_TABULAR_LINES = 3;
    private static final int MIN_DATA_LINES = 2;
    private static final int MAX_BRIDGED_LINES = 2;
    /**
     * A header segment lies over a band when it covers half its width: a header wider than its column of
     * numbers reaches into the gaps, not over half the next column.
     */
    private static final double HEADER_COVER = 0.5;

    private GeometryTables() {
    }

    static List<Found> find(List<Line> lines, int page) {
        List<List<Segment>> segments = lines.stream().map(Segment::of).toList();
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (segments.get(i).size() < 2) {
                i++;
                continue;
            }
            int last = i;
            int tabular = 1;
            for (int j = i + 1; j < lines.size() && j - last <= MAX_BRIDGED_LINES + 1; j++) {
                if (segments.get(j).size() >= 2) {
                    last = j;
                    tabular++;
                }
            }
            if (tabular >= MIN_TABULAR_LINES) {
                Optional<Found> table = build(segments, i, last, page);
                if (table.isPresent()) {
                    found.add(table.get());
                    i = table.get().last() + 1;
                    continue;
                }
            }
            i = last + 1;
        }
        return found;
    }

    private static Optional<Found> build(List<List<Segment>> lineSegments, int first, int last, int page) {
        List<Integer> dataLines = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            if (lineSegments.get(k).size() >= 2 && lineSegments.get(k).stream().anyMatch(s -> CellShapes.isNumber(s.text()))) {
                dataLines.add(k);
            }
        }
        if (dataLines.size() < MIN_DATA_LINES) {
            return Optional.empty();
        }
        List<List<Segment>> segments = OrderColumn.apart(lineSegments, dataLines);
        List<Band> bands = bands(dataLines.stream().flatMap(k -> segments.get(k).stream()).toList());
        if (bands.size() < 2) {
            return Optional.empty();
        }
        int end = last;
        while (end + 1 < segments.size() && end - last < MAX_BRIDGED_LINES
            && isWrappedEnd(segments.get(end), segments.get(end + 1), bands)) {
            end++;
        }
        int firstData = dataLines.get(0);
        List<List<String>> paths = HeaderPaths.of(segments.subList(first, firstData), bands, HEADER_COVER);
        List<List<CellText>> rows = new ArrayList<>();
        for (int k = firstData; k <= end; k++) {
            if (!segments.get(k).isEmpty()) {
                rows.add(row(segments.get(k), bands));
            }
        }
        RawTable table = new RawTable(paths, WrappedRows.join(rows), page, page);
        return Optional.of(new Found(table, first, end));
    }

    /** Bands where segment x-ranges overlap, left to right. */
    private static List<Band> bands(List<Segment> segments) {
        List<Segment> sorted = segments.stream().sorted(Comparator.comparingDouble(s -> s.box().x())).toList();
        List<Band> bands = new ArrayList<>();
        for (Segment s : sorted) {
            Band lastBand = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (lastBand != null && s.box().x() <= lastBand.right()) {
                bands.set(bands.size() - 1, new Band(lastBand.left(), Math.max(lastBand.right(), s.box().right())));
            } else {
                bands.add(new Band(s.box().x(), s.box().right()));
            }
        }
        return bands;
    }

    /**
     * A line after the table that is only the wrapped end of a label: one segment, no number, inside one
     * band, and no farther below the line above than a line is tall (a footer stands apart).
     */
    private static boolean isWrappedEnd(List<Segment> above, List<Segment> line, List<Band> bands) {
        if (line.size() != 1 || above.isEmpty() || CellShapes.isNumber(line.get(0).text())) {
            return false;
        }
        Segment s = line.get(0);
        double aboveBottom = above.stream().mapToDouble(a -> a.box().bottom()).max().orElseThrow();
        double aboveHeight = above.stream().mapToDouble(a -> a.box().height()).max().orElseThrow();
        return s.box().y() - aboveBottom <= aboveHeight
            && bands.stream().anyMatch(b -> s.overlap(b.left(), b.right()) >= 0.8 * s.box().width());
    }

    private static List<CellText> row(List<Segment> line, List<Band> bands) {
        Provenance p = line.get(0).provenance();
        CellText blank = CellText.empty(new Provenance(p.kind(), p.page(), p.line(), null, 1.0));
        List<CellText> cells = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            cells.add(blank);
        }
        for (Segment s : line) {
            int band = bestBand(s, bands);
            cells.set(band, cells.get(band).isBlank() ? s.cell() : cells.get(band).append(s.cell()));
        }
        return cells;
    }

    private static int bestBand(Segment s, List<Band> bands) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < bands.size(); b++) {
            Band band = bands.get(b);
            double overlap = s.overlap(band.left(), band.right());
            double distance = Math.abs((s.box().x() + s.box().right()) / 2 - band.centre());
            double score = overlap > 0 ? overlap : -distance;
            if (score > bestScore) {
                bestScore = score;
                best = b;
            }
        }
        return best;
    }
}
