package vn.kehoach.review;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataColumn;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.Repair;
import vn.kehoach.model.Suggestion;

/**
 * The markup of one finding: rule, severity, triage, both messages, location, evidence, suggestion,
 * the marked crop (or the involved lines as text when there is no page image), the table with the
 * cells marked, and the involved lines with their original text where a repair was unsure.
 */
final class FindingMarkup {

    private final PageLines lines;
    private final Map<Integer, Repair> unsureRepairs;

    /** @param unsureRepairs repairs below the confidence threshold on the finding's page, by line number */
    FindingMarkup(PageLines lines, Map<Integer, Repair> unsureRepairs) {
        this.lines = lines;
        this.unsureRepairs = unsureRepairs;
    }

    String render(FindingView view, String id) {
        Finding f = view.finding();
        String severity = Html.escape(f.severity().id());
        StringBuilder out = new StringBuilder();
        out.append("<article class=\"finding ").append(severity).append("\" id=\"").append(id).append('"')
            .append(Filters.attributes(view)).append(">\n<h3><span class=\"rule\">").append(Html.escape(f.ruleId()))
            .append("</span> <span class=\"badge ").append(severity).append("\">").append(severity)
            .append("</span> <span class=\"triage\">").append(Html.escape(view.triageId())).append("</span></h3>\n")
            .append("<p class=\"message\" lang=\"vi\">").append(Html.escape(f.messageVi())).append("</p>\n")
            .append("<p class=\"message-en\" lang=\"en\">").append(Html.escape(f.messageEn())).append("</p>\n")
            .append("<p class=\"location\">").append(Html.escape(location(f.location()))).append("</p>\n")
            .append(evidence(f.evidence()))
            .append(suggestion(f.suggestion()))
            .append(picture(view))
            .append(table(view.focus()))
            .append(involvedLines(view.focus(), view.cropHref() == null))
            .append("</article>\n");
        return out.toString();
    }

    /** Every part the location has, by its JSON name, so that parts added later show without a change here. */
    static String location(FindingLocation location) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : FindingLocation.class.getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(location);
                if (value != null) {
                    parts.add(component.getName() + " " + value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("record accessor " + component.getName(), e);
            }
        }
        return String.join(" · ", parts);
    }

    private static String evidence(Evidence evidence) {
        if (evidence == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("<details class=\"evidence\"><summary>Evidence: expected ")
            .append(number(evidence.expected())).append(", printed ").append(number(evidence.actual()))
            .append(", tolerance ").append(number(evidence.tolerance())).append("</summary>\n");
        if (!evidence.values().isEmpty()) {
            out.append("<table><tr><th>value</th><th>printed</th><th>read as</th><th>page</th><th>line</th></tr>\n");
            for (EvidenceValue v : evidence.values()) {
                out.append("<tr><td>").append(Html.escape(v.label())).append("</td><td class=\"num\">")
                    .append(Html.escape(v.raw())).append("</td><td class=\"num\">").append(number(v.value()))
                    .append("</td><td>").append(v.provenance() == null ? "" : v.provenance().page())
                    .append("</td><td>").append(v.provenance() == null ? "" : v.provenance().line()).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        return out.append("</details>\n").toString();
    }

    private static String suggestion(Suggestion s) {
        return s == null ? "" : "<p class=\"suggestion\">Probable reading of row " + s.row() + ", column " + s.column()
            + ": <b>" + Html.escape(s.raw()) + "</b> (" + number(s.value()) + ")</p>\n";
    }

    private static String picture(FindingView view) {
        if (view.cropHref() != null) {
            return "<figure class=\"crop\"><img src=\"" + Html.escape(view.cropHref()) + "\" alt=\"page "
                + view.focus().page() + ", involved cells marked\" onload=\"this.dataset.loaded='true'\">"
                + "<figcaption>Page " + view.focus().page()
                + ": red — what the finding points at; blue — the other values its check read.</figcaption></figure>\n";
        }
        return "<p class=\"no-image note\">" + Html.escape(view.noCropReason()) + "</p>\n";
    }

    private static String table(FindingFocus focus) {
        DataTable table = focus.table();
        if (table == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("<details class=\"table-wrap\" open><summary>Table ")
            .append(Html.escape(table.id())).append(table.caption() == null ? "" : ": " + Html.escape(table.caption()))
            .append("</summary><table class=\"data\">\n<tr><th>#</th>");
        for (DataColumn column : table.columns()) {
            out.append("<th>").append(Html.escape(String.join(" › ", column.path()))).append("</th>");
        }
        out.append("</tr>\n");
        for (int r = 0; r < table.rows().size(); r++) {
            DataRow row = table.rows().get(r);
            out.append(row.isTotal() ? "<tr class=\"total\">" : "<tr>").append("<td>").append(r).append("</td>");
            for (int c = 0; c < row.cells().size(); c++) {
                DataCell cell = row.cells().get(c);
                FindingFocus.Cell ref = new FindingFocus.Cell(r, c);
                List<String> classes = new ArrayList<>();
                if (cell.value() != null) {
                    classes.add("num");
                }
                if (focus.pointed().contains(ref)) {
                    classes.add("pointed");
                } else if (focus.evidence().contains(ref)) {
                    classes.add("evidence");
                }
                out.append(classes.isEmpty() ? "<td>" : "<td class=\"" + String.join(" ", classes) + "\">")
                    .append(Html.escape(cell.raw())).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</table></details>\n").toString();
    }

    /** The lines the finding spans, as read, with the text before repair where the repair was unsure. */
    private String involvedLines(FindingFocus focus, boolean open) {
        if (focus.lines().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(open ? "<details class=\"lines\" open>" : "<details class=\"lines\">")
            .append("<summary>Lines ")
            .append(focus.lines().first()).append('–').append(focus.lines().last())
            .append(" of page ").append(focus.page()).append("</summary>\n<table><tr><th>line</th><th>text</th>"
                + "<th>before an unsure repair</th></tr>\n");
        for (int number : focus.lines()) {
            String text = lines.text(number);
            if (text == null) {
                continue;
            }
            Repair repair = unsureRepairs.get(number);
            out.append("<tr><td>").append(number).append("</td><td class=\"repaired\">").append(Html.escape(text))
                .append("</td><td class=\"original\">")
                .append(repair == null ? "" : Html.escape(repair.original()) + " <small>(" + Html.escape(repair.method())
                    + " " + String.format(Locale.ROOT, "%.2f", repair.score()) + ")</small>")
                .append("</td></tr>\n");
        }
        return out.append("</table></details>\n").toString();
    }

    static String number(BigDecimal value) {
        return value == null ? "—" : Html.escape(value.toPlainString());
    }

    /** Repairs by line number, for one page. */
    static Map<Integer, Repair> byLine(List<Repair> repairs, Integer page) {
        return repairs.stream().filter(r -> page != null && r.page() == page)
            .collect(Collectors.toMap(Repair::line, r -> r, (a, b) -> a.score() <= b.score() ? a : b));
    }
}
