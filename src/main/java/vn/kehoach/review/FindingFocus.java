package vn.kehoach.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import vn.kehoach.model.Box;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Provenance;

/**
 * What one finding involves, gathered from any finding whatever its rule: the page, the table cells it
 * points at ({@code location} row and column, the suggestion's cell) and those its evidence read, the
 * source lines, and the boxes of all of these on the page. Boxes come from the cells' and evidence
 * values' provenance; when none has a box, from the lines the location spans. {@code pointedBoxes} are
 * drawn strongly, {@code evidenceBoxes} lightly; {@code context} is the extent of the table's cells on the
 * page (null without a table), so that a crop shows the row labels and headers around the marked cells.
 */
record FindingFocus(Integer page, DataTable table, Set<Cell> pointed, Set<Cell> evidence, SortedSet<Integer> lines,
                    List<Box> pointedBoxes, List<Box> evidenceBoxes, Box context) {

    /** A cell of a typed table by 0-based row and column. */
    record Cell(int row, int column) {
    }

    static FindingFocus of(Finding finding, PlanDocument plan) {
        FindingLocation location = finding.location();
        DataTable table = location.table() == null ? null
            : plan.tables().stream().filter(t -> t.id().equals(location.table())).findFirst().orElse(null);
        Integer page = location.page() != null ? location.page() : firstEvidencePage(finding);

        Set<Cell> pointed = new LinkedHashSet<>();
        if (location.row() != null && location.column() != null) {
            pointed.add(new Cell(location.row(), location.column()));
        }
        if (finding.suggestion() != null) {
            pointed.add(new Cell(finding.suggestion().row(), finding.suggestion().column()));
        }
        Set<Cell> evidenceCells = new LinkedHashSet<>();
        List<Provenance> evidenceProvenance = new ArrayList<>();
        for (EvidenceValue value : evidenceValues(finding)) {
            if (value.provenance() != null) {
                evidenceProvenance.add(value.provenance());
                cellOf(table, value).ifPresent(evidenceCells::add);
            }
        }
        evidenceCells.removeAll(pointed);

        SortedSet<Integer> lines = new TreeSet<>();
        if (location.lineFrom() != null) {
            int to = location.lineTo() != null ? location.lineTo() : location.lineFrom();
            for (int line = location.lineFrom(); line <= to; line++) {
                lines.add(line);
            }
        }
        evidenceProvenance.stream().filter(p -> page != null && p.page() == page).forEach(p -> lines.add(p.line()));

        List<Box> pointedBoxes = boxes(table, pointed, page);
        List<Box> evidenceBoxes = new ArrayList<>(evidenceProvenance.stream()
            .filter(p -> p.box() != null && page != null && p.page() == page).map(Provenance::box).toList());
        evidenceBoxes.removeAll(pointedBoxes);
        if (pointedBoxes.isEmpty() && evidenceBoxes.isEmpty()) {
            pointedBoxes = PageLines.of(plan, page).boxes(lines); // a finding about text, not cells
        }
        Box context = table == null ? null : table.rows().stream().flatMap(r -> r.cells().stream())
            .map(DataCell::provenance)
            .filter(p -> p != null && p.box() != null && page != null && p.page() == page)
            .map(Provenance::box).reduce(Box::union).orElse(null);
        return new FindingFocus(page, table, pointed, evidenceCells, lines, pointedBoxes, evidenceBoxes, context);
    }

    /** Whether any involved part has a place on the page image. */
    boolean hasBoxes() {
        return !pointedBoxes.isEmpty() || !evidenceBoxes.isEmpty();
    }

    private static List<EvidenceValue> evidenceValues(Finding finding) {
        return finding.evidence() == null ? List.of() : finding.evidence().values();
    }

    private static Integer firstEvidencePage(Finding finding) {
        return evidenceValues(finding).stream().filter(v -> v.provenance() != null)
            .map(v -> v.provenance().page()).findFirst().orElse(null);
    }

    /** The table cell an evidence value was read from: same provenance and same printed text. */
    private static Optional<Cell> cellOf(DataTable table, EvidenceValue value) {
        if (table == null) {
            return Optional.empty();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<DataCell> cells = table.rows().get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                DataCell cell = cells.get(c);
                if (value.provenance().equals(cell.provenance()) && value.raw() != null && value.raw().equals(cell.raw())) {
                    return Optional.of(new Cell(r, c));
                }
            }
        }
        return Optional.empty();
    }

    private static List<Box> boxes(DataTable table, Set<Cell> cells, Integer page) {
        List<Box> boxes = new ArrayList<>();
        for (Cell cell : cells) {
            DataCell data = cellAt(table, cell);
            if (data != null && data.provenance() != null && data.provenance().box() != null
                && page != null && data.provenance().page() == page) {
                boxes.add(data.provenance().box());
            }
        }
        return boxes;
    }

    static DataCell cellAt(DataTable table, Cell cell) {
        if (table == null || cell.row() < 0 || cell.row() >= table.rows().size()
            || cell.column() < 0 || cell.column() >= table.columns().size()) {
            return null;
        }
        return table.rows().get(cell.row()).cells().get(cell.column());
    }
}
