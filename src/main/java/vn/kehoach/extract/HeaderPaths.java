package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Header paths from positioned header lines. Each segment of a header line lies over one column (a
 * piece of that column's own header, stacked pieces joined: "Tổng số" over "khẩu") or over several (a
 * group header, which goes first in each of their paths; pieces over the same columns on following
 * lines are one group text).
 */
final class HeaderPaths {

    private record Group(List<Integer> columns, StringBuilder text) {
    }

    private HeaderPaths() {
    }

    /**
     * @param lines the header lines' segments, top to bottom
     * @param columns the columns' bands
     * @param cover the share of a column's width a segment must cover to lie over it
     */
    static List<List<String>> of(List<List<Segment>> lines, List<Band> columns, double cover) {
        List<List<Group>> groups = new ArrayList<>();
        List<StringBuilder> own = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            groups.add(new ArrayList<>());
            own.add(new StringBuilder());
        }
        for (List<Segment> line : lines) {
            for (Segment s : line) {
                List<Integer> under = columnsUnder(s, columns, cover);
                if (under.size() == 1) {
                    append(own.get(under.get(0)), s.text());
                    continue;
                }
                List<Group> above = groups.get(under.get(0));
                if (!above.isEmpty() && above.get(above.size() - 1).columns().equals(under)) {
                    append(above.get(above.size() - 1).text(), s.text());
                } else {
                    Group group = new Group(under, new StringBuilder(s.text()));
                    under.forEach(u -> groups.get(u).add(group));
                }
            }
        }
        List<List<String>> paths = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            List<String> path = new ArrayList<>(groups.get(c).stream().map(g -> g.text().toString()).toList());
            if (!own.get(c).isEmpty()) {
                path.add(own.get(c).toString());
            }
            paths.add(path);
        }
        return paths;
    }

    private static List<Integer> columnsUnder(Segment s, List<Band> columns, double cover) {
        List<Integer> under = new ArrayList<>();
        int nearest = 0;
        double nearestDistance = Double.MAX_VALUE;
        double centre = (s.box().x() + s.box().right()) / 2;
        for (int c = 0; c < columns.size(); c++) {
            Band column = columns.get(c);
            if (s.overlap(column.left(), column.right()) >= cover * Math.max(column.width(), 1)) {
                under.add(c);
            }
            double distance = Math.abs(centre - column.centre());
            if (distance < nearestDistance) {
                nearestDistance = distance;
                nearest = c;
            }
        }
        return under.isEmpty() ? List.of(nearest) : under;
    }

    private static void append(StringBuilder text, String more) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(more);
    }
}
