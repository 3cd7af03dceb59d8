package vn.kehoach.review;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/** The rule / severity / triage selects that review.js reads; options are the values present. */
final class Filters {

    private Filters() {
    }

    static String markup(Collection<FindingView> findings) {
        return "<form class=\"filters\">"
            + select("rule", "Rule", findings, v -> v.finding().ruleId())
            + select("severity", "Severity", findings, v -> v.finding().severity().id())
            + select("triage", "Triage", findings, FindingView::triageId)
            + "</form>";
    }

    /** The data-* attributes an item needs to be filtered. */
    static String attributes(FindingView view) {
        return " data-rule=\"" + Html.escape(view.finding().ruleId()) + "\" data-severity=\""
            + Html.escape(view.finding().severity().id()) + "\" data-triage=\"" + Html.escape(view.triageId()) + "\"";
    }

    private static String select(String key, String label, Collection<FindingView> findings, Function<FindingView, String> value) {
        List<String> values = List.copyOf(new TreeSet<>(findings.stream().map(value).toList()));
        StringBuilder out = new StringBuilder("<label>").append(label).append(" <select data-filter=\"").append(key)
            .append("\"><option value=\"\">all</option>");
        for (String v : values) {
            out.append("<option>").append(Html.escape(v)).append("</option>");
        }
        return out.append("</select></label>").toString();
    }
}
