package vn.kehoach.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.kehoach.model.Severity;

/** The site's front page: the documents with counts of findings by severity and rule, then every finding. */
final class IndexPage {

    private static final String TEMPLATE = Html.resource("index.html");

    private IndexPage() {
    }

    static String render(List<DocumentEntry> documents) {
        List<FindingView> all = documents.stream().flatMap(d -> d.findings().stream()).toList();
        List<String> rules = List.copyOf(new TreeSet<>(all.stream().map(v -> v.finding().ruleId()).toList()));
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("summary", documents.size() + " document" + (documents.size() == 1 ? "" : "s") + ", "
            + all.size() + " finding" + (all.size() == 1 ? "" : "s"));
        slots.put("documents", documentTable(documents, rules));
        slots.put("findingCount", String.valueOf(all.size()));
        slots.put("filters", Filters.markup(all));
        slots.put("findings", findingTable(documents));
        return Html.fill(TEMPLATE, slots);
    }

    private static String documentTable(List<DocumentEntry> documents, List<String> rules) {
        StringBuilder out = new StringBuilder("<table class=\"documents\"><tr><th>document</th><th>kind</th><th>pages</th>"
            + "<th>findings</th>");
        for (Severity s : Severity.values()) {
            out.append("<th>").append(s.id()).append("</th>");
        }
        for (String rule : rules) {
            out.append("<th>").append(Html.escape(rule)).append("</th>");
        }
        out.append("</tr>\n");
        for (DocumentEntry d : documents) {
            var source = d.file().plan().source();
            out.append("<tr><td><a href=\"").append(Html.escape(d.pageName())).append("\">")
                .append(Html.escape(d.file().relativeName())).append("</a></td><td>")
                .append(source.kind() == null ? "" : Html.escape(source.kind().id())).append("</td><td class=\"num\">")
                .append(source.pages()).append("</td><td class=\"num\">").append(d.findings().size()).append("</td>");
            for (Severity s : Severity.values()) {
                out.append(count(d.findings().stream().filter(v -> v.finding().severity() == s).count()));
            }
            for (String rule : rules) {
                out.append(count(d.findings().stream().filter(v -> v.finding().ruleId().equals(rule)).count()));
            }
            out.append("</tr>\n");
        }
        return out.append("</table>").toString();
    }

    private static String count(long n) {
        return "<td class=\"num\">" + (n == 0 ? "" : n) + "</td>";
    }

    private static String findingTable(List<DocumentEntry> documents) {
        StringBuilder out = new StringBuilder("<table class=\"findings\"><thead><tr><th>document</th><th>rule</th>"
            + "<th>severity</th><th>triage</th><th>location</th><th>message</th></tr></thead><tbody class=\"filterable\">\n");
        for (DocumentEntry d : documents) {
            for (int i = 0; i < d.findings().size(); i++) {
                FindingView v = d.findings().get(i);
                String severity = Html.escape(v.finding().severity().id());
                out.append("<tr").append(Filters.attributes(v)).append("><td><a href=\"")
                    .append(Html.escape(d.pageName())).append('#').append(DocumentPage.findingId(i)).append("\">")
                    .append(Html.escape(d.file().relativeName())).append("</a></td><td>")
                    .append(Html.escape(v.finding().ruleId())).append("</td><td><span class=\"badge ").append(severity)
                    .append("\">").append(severity).append("</span></td><td>").append(Html.escape(v.triageId()))
                    .append("</td><td>").append(Html.escape(FindingMarkup.location(v.finding().location())))
                    .append("</td><td lang=\"vi\">").append(Html.escape(v.finding().messageVi())).append("</td></tr>\n");
            }
        }
        return out.append("</tbody></table>").toString();
    }
}
