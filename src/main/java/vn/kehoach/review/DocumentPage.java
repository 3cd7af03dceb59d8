package vn.kehoach.review;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.kehoach.model.DocumentInfo;
import vn.kehoach.model.Extracted;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Repair;
import vn.kehoach.model.SourceInfo;

/** The page of one document: its metadata, its findings, and the repairs normalization was unsure of. */
final class DocumentPage {

    private static final String TEMPLATE = Html.resource("document.html");

    private DocumentPage() {
    }

    /**
     * @param sourceNote a note about the source file (not found, no page images), or null
     * @param repairThreshold repairs scoring below this are shown with their original text
     */
    static String render(PlanFile file, List<FindingView> findings, String sourceNote, double repairThreshold) {
        PlanDocument plan = file.plan();
        List<Repair> unsure = plan.repairs().stream().filter(r -> r.score() < repairThreshold).toList();
        StringBuilder findingMarkup = new StringBuilder();
        for (int i = 0; i < findings.size(); i++) {
            FindingView view = findings.get(i);
            Integer page = view.focus().page();
            FindingMarkup markup = new FindingMarkup(PageLines.of(plan, page), FindingMarkup.byLine(unsure, page));
            findingMarkup.append(markup.render(view, findingId(i)));
        }
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("title", Html.escape(file.relativeName()));
        slots.put("sourceNote", sourceNote == null ? "" : "<p class=\"note\">" + Html.escape(sourceNote) + "</p>");
        slots.put("metadata", metadata(plan));
        slots.put("findingCount", String.valueOf(findings.size()));
        slots.put("filters", Filters.markup(findings));
        slots.put("findings", findings.isEmpty() ? "<p>No findings.</p>" : findingMarkup.toString());
        slots.put("threshold", String.valueOf(repairThreshold));
        slots.put("repairCount", String.valueOf(unsure.size()));
        slots.put("repairs", repairs(unsure));
        return Html.fill(TEMPLATE, slots);
    }

    /** The anchor of the i-th finding (0-based) on its document page. */
    static String findingId(int index) {
        return "f" + (index + 1);
    }

    private static String metadata(PlanDocument plan) {
        SourceInfo source = plan.source();
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("source file", source.file());
        rows.put("kind", source.kind() == null ? null : source.kind().id());
        rows.put("media type", source.mediaType());
        rows.put("pages", source.pages());
        rows.put("sha256", source.sha256());
        if (source.ocr() != null) {
            rows.put("OCR", String.format(Locale.ROOT, "%d pages, %d words, mean confidence %.2f, %.1f s", source.ocr().pages(),
                source.ocr().words(), source.ocr().meanConfidence(), source.ocr().millis() / 1000.0));
        }
        rows.putAll(extractedFields(plan.document()));
        if (plan.document() != null && plan.document().signer() != null) {
            DocumentInfo.Signer signer = plan.document().signer();
            rows.put("signer", String.join(", ", java.util.stream.Stream.of(signer.position(), signer.name())
                .filter(s -> s != null && !s.isBlank()).toList()));
        }
        rows.put("tables", plan.tables().size());
        rows.put("findings", plan.findings().size());
        return "<dl class=\"metadata\">" + rows.entrySet().stream().filter(e -> e.getValue() != null)
            .map(e -> "<dt>" + Html.escape(e.getKey()) + "</dt><dd>" + Html.escape(e.getValue()) + "</dd>")
            .collect(Collectors.joining("\n")) + "</dl>";
    }

    /** Every {@code Extracted} field of the document metadata that has a value, by its JSON name. */
    private static Map<String, Object> extractedFields(DocumentInfo info) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (info == null) {
            return fields;
        }
        for (RecordComponent component : DocumentInfo.class.getRecordComponents()) {
            if (component.getType() != Extracted.class) {
                continue;
            }
            try {
                Extracted<?> value = (Extracted<?>) component.getAccessor().invoke(info);
                if (value != null && value.isPresent()) {
                    fields.put(component.getName(), value.value());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("record accessor " + component.getName(), e);
            }
        }
        return fields;
    }

    private static String repairs(List<Repair> repairs) {
        if (repairs.isEmpty()) {
            return "<p>None.</p>";
        }
        StringBuilder out = new StringBuilder("<details><summary>Show</summary><table><tr><th>page</th><th>line</th>"
            + "<th>original</th><th>repaired</th><th>method</th><th>score</th></tr>\n");
        for (Repair r : repairs) {
            out.append("<tr><td>").append(r.page()).append("</td><td>").append(r.line())
                .append("</td><td class=\"original\">").append(Html.escape(r.original()))
                .append("</td><td class=\"repaired\">").append(Html.escape(r.replacement()))
                .append("</td><td>").append(Html.escape(r.method()))
                .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.2f", r.score())).append("</td></tr>\n");
        }
        return out.append("</table></details>").toString();
    }
}
