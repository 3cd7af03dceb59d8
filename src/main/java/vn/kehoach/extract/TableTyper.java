package vn.kehoach.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataColumn;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;
import vn.kehoach.normalize.VietnameseText;

/**
 * Turns a {@link RawTable} into a typed {@link DataTable}: cells typed one by one, each column typed by
 * the dominant type of its cells (integers count as decimals in a column that has decimals; a "%" or
 * "tỷ lệ" header makes a numeric column a percent column, a money unit in the header a money column),
 * total rows flagged, and cells that do not fit their column doubted rather than repaired: text in a
 * numeric column ("g" for a lost number), a value twenty times off the middle of its column ("8797" among
 * "87.97"), a lone grouping dot ("1.006") in a column that also prints large numbers without one.
 */
final class TableTyper {

    private static final double TEXT_IN_NUMBERS_DOUBT = 0.3;
    private static final double OUTLIER_DOUBT = 0.4;
    private static final double MIXED_SEPARATOR_DOUBT = 0.7;
    /** How far from the column's median a value must be to be doubted: past any real spread of units. */
    private static final double OUTLIER_RATIO = 20;

    private TableTyper() {
    }

    static DataTable type(RawTable raw, String id, String caption) {
        List<List<CellTyping.Typed>> typed = raw.rows().stream()
            .map(row -> row.stream().map(CellTyping::type).toList()).toList();
        List<List<DataCell>> cells = typed.stream().map(row -> row.stream().map(CellTyping.Typed::cell).toList()).toList();
        boolean orderColumn = CellShapes.hasOrderColumn(raw.rows());
        boolean[] total = TotalRows.find(cells, orderColumn);
        List<DataColumn> columns = new ArrayList<>();
        List<List<DataCell>> doubted = new ArrayList<>();
        cells.forEach(row -> doubted.add(new ArrayList<>(row)));
        for (int c = 0; c < raw.columnCount(); c++) {
            DataColumn column = column(cells, c, raw.columnPaths().get(c));
            columns.add(column);
            if (column.type().isNumeric()) {
                doubtColumn(typed, doubted, total, c);
            }
        }
        List<DataRow> rows = new ArrayList<>();
        for (int r = 0; r < doubted.size(); r++) {
            rows.add(new DataRow(doubted.get(r), total[r]));
        }
        return new DataTable(id, caption, columns, rows);
    }

    /** The column's type and money unit, from its cells and header. */
    private static DataColumn column(List<List<DataCell>> cells, int c, List<String> path) {
        CellType type = dominantType(cells, c);
        String header = String.join(" ", path);
        String plainHeader = VietnameseText.removeAccents(header).toLowerCase(Locale.ROOT);
        boolean plainNumbers = type == CellType.DECIMAL || type == CellType.INTEGER;
        if (plainNumbers && (plainHeader.contains("%") || plainHeader.contains("ty le"))) {
            return new DataColumn(path, CellType.PERCENT, null);
        }
        String headerUnit = VietnameseNumbers.moneyUnitIn(header);
        if (plainNumbers && headerUnit != null) {
            return new DataColumn(path, CellType.MONEY, headerUnit);
        }
        if (type == CellType.MONEY) {
            String cellUnit = cells.stream().map(row -> row.get(c).unit()).filter(u -> u != null)
                .collect(Collectors.groupingBy(u -> u, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(headerUnit);
            return new DataColumn(path, type, cellUnit);
        }
        return new DataColumn(path, type, null);
    }

    private static CellType dominantType(List<List<DataCell>> cells, int c) {
        Map<CellType, Integer> votes = new EnumMap<>(CellType.class);
        cells.stream().map(row -> row.get(c).type()).filter(t -> t != CellType.EMPTY).forEach(t -> votes.merge(t, 1, Integer::sum));
        if (votes.isEmpty()) {
            return CellType.EMPTY;
        }
        if (votes.containsKey(CellType.DECIMAL) && votes.containsKey(CellType.INTEGER)) {
            votes.merge(CellType.DECIMAL, votes.remove(CellType.INTEGER), Integer::sum); // "7" among "12,5" is 7.0
        }
        int best = votes.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<CellType> leaders = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return leaders.size() == 1 ? leaders.get(0) : CellType.TEXT;
    }

    private static void doubtColumn(List<List<CellTyping.Typed>> typed, List<List<DataCell>> doubted, boolean[] total, int c) {
        Map<CellType, List<Double>> byFamily = new EnumMap<>(CellType.class);
        boolean largeUngrouped = false;
        for (int r = 0; r < typed.size(); r++) {
            DataCell cell = typed.get(r).get(c).cell();
            if (cell.value() != null && cell.value().signum() != 0 && !total[r]) {
                byFamily.computeIfAbsent(family(cell.type()), f -> new ArrayList<>()).add(cell.value().abs().doubleValue());
            }
            largeUngrouped |= cell.value() != null && cell.value().abs().compareTo(BigDecimal.valueOf(1000)) >= 0
                && cell.raw().chars().noneMatch(ch -> ch == '.' || ch == ',');
        }
        Map<CellType, Double> medians = new EnumMap<>(CellType.class);
        byFamily.forEach((family, values) -> medians.put(family, median(values)));
        for (int r = 0; r < typed.size(); r++) {
            DataCell cell = doubted.get(r).get(c);
            double factor = 1;
            if (cell.type() == CellType.TEXT) {
                factor *= TEXT_IN_NUMBERS_DOUBT;
            }
            // a family whose values are all zero has no median (zeros are not measured): no judgement
            double median = medians.getOrDefault(family(cell.type()), 0.0);
            if (cell.value() != null && !total[r] && isOutlier(cell.value().abs().doubleValue(), median)) {
                factor *= OUTLIER_DOUBT;
            }
            if (typed.get(r).get(c).ambiguous() && largeUngrouped) {
                factor *= MIXED_SEPARATOR_DOUBT;
            }
            doubted.get(r).set(c, cell.withConfidence(Math.round(cell.confidence() * factor * 1000) / 1000.0));
        }
    }

    /**
     * Values compared for outliers: plain numbers with plain numbers (so "8797" is measured against
     * "87.97"), percents and money each apart, as a table of indicators mixes them in one column.
     */
    private static CellType family(CellType type) {
        return type == CellType.DECIMAL ? CellType.INTEGER : type;
    }

    private static boolean isOutlier(double value, double median) {
        return median > 0 && (value > median * OUTLIER_RATIO || value > 0 && value < median / OUTLIER_RATIO);
    }

    /** The median, or 0 (no judgement) for fewer than three values. */
    private static double median(List<Double> values) {
        if (values.size() < 3) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
