package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.kehoach.model.DocumentInfo;
import vn.kehoach.model.DocumentInfo.DecreeComponent;
import vn.kehoach.model.DocumentInfo.Recipient;
import vn.kehoach.model.DocumentInfo.Signer;
import vn.kehoach.model.Extracted;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.SourceSpan;
import vn.kehoach.pipeline.Facet;
import vn.kehoach.pipeline.Stage;

/**
 * Fills in {@link PlanDocument#document()}: the Decree 30/2020/NĐ-CP form of the document. Every field
 * not printed is recorded as missing (and named in {@code missing}), never guessed.
 */
public final class MetadataExtractor implements Stage {

    @Override
    public String name() {
        return "extract-metadata";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.NORMALIZED_TEXT);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.METADATA);
    }

    @Override
    public PlanDocument apply(PlanDocument document) {
        DocumentLayout layout = DocumentLayout.of(document);
        HeaderParser.Header header = HeaderParser.parse(layout.header());
        Extracted<String> type = typeName(layout);
        Extracted<String> summary = summary(layout);
        Extracted<String> title = title(type, summary);
        Signer signer = ClosingParser.signer(layout.closing());
        List<Recipient> recipients = ClosingParser.recipients(layout.closing());

        Map<String, Extracted<?>> fields = new LinkedHashMap<>();
        fields.put("type", type);
        fields.put("issuer", header.issuer());
        fields.put("parentIssuer", header.parentIssuer());
        fields.put("number", header.number());
        fields.put("symbol", header.symbol());
        fields.put("place", header.place());
        fields.put("issueDate", header.issueDate());
        fields.put("title", title);
        fields.put("summary", summary);
        List<String> missing = new ArrayList<>(fields.entrySet().stream().filter(e -> !e.getValue().isPresent()).map(Map.Entry::getKey).toList());
        if (signer == null) {
            missing.add("signer");
        }
        if (recipients.isEmpty()) {
            missing.add("recipients");
        }
        List<DecreeComponent> components = List.of(
            component("national-motto", header.motto()),
            component("issuer", header.issuer()),
            component("number-and-symbol", header.number().isPresent() ? header.symbol() : Extracted.missing()),
            component("place-and-date", header.issueDate()),
            component("type-and-summary", summary.isPresent() ? title : Extracted.missing()),
            content(layout),
            signer == null ? absent("signer") : new DecreeComponent("signer", true, signer.span(), signer.confidence()),
            // a seal or digital signature is an image or a certificate: text never shows it
            absent("seal"),
            recipients.isEmpty() ? absent("recipients") : new DecreeComponent("recipients", true,
                recipients.get(0).span().union(recipients.get(recipients.size() - 1).span()), 0.9));
        components.stream().filter(c -> !c.present()).forEach(c -> missing.add("component:" + c.name()));

        return document.withDocument(new DocumentInfo(type, header.issuer(), header.parentIssuer(), header.number(),
            header.symbol(), header.place(), header.issueDate(), title, summary,
            LegalBasisParser.parse(SectionTreeBuilder.preamble(layout.body())), signer, recipients, components, missing));
    }

    private static Extracted<String> typeName(DocumentLayout layout) {
        if (layout.typeName() == null) {
            return Extracted.missing();
        }
        String key = OcrText.fold(layout.typeName().text().replaceAll("[*#]", "").strip());
        return DocumentCodes.TYPE_NAMES_LONGEST_FIRST.stream().filter(name -> key.matches(OcrText.cue(name))).findFirst()
            .map(name -> Extracted.found(name, layout.typeName().span(), key.equals(OcrText.fold(name)) ? 0.95 : 0.8))
            .orElse(Extracted.missing());
    }

    private static Extracted<String> summary(DocumentLayout layout) {
        if (layout.summary().isEmpty()) {
            return Extracted.missing();
        }
        JoinedText text = JoinedText.of(layout.summary());
        String printed = text.slice(0, text.text().length()).replaceAll("^#+\\s*", "");
        return Extracted.found(printed, text.span(0, text.text().length()), 0.85 * text.confidence(0, text.text().length()));
    }

    /** The type name followed by the summary, as documents cite each other: "Kế hoạch triển khai ...". */
    private static Extracted<String> title(Extracted<String> type, Extracted<String> summary) {
        if (!type.isPresent() || !summary.isPresent()) {
            return Extracted.missing();
        }
        String s = summary.value();
        boolean ordinaryWord = s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1));
        String tail = ordinaryWord ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
        return Extracted.found(type.value() + " " + tail, type.span().union(summary.span()),
            Math.min(type.confidence(), summary.confidence()));
    }

    /** The content is the body between the summary and the closing; its parts are the sections. */
    private static DecreeComponent content(DocumentLayout layout) {
        List<TextUnit> body = layout.body();
        if (body.isEmpty()) {
            return absent("content");
        }
        SourceSpan span = body.get(0).span().union(body.get(body.size() - 1).span());
        return new DecreeComponent("content", true, span, 0.9);
    }

    private static DecreeComponent component(String name, Extracted<?> field) {
        return field.isPresent() ? new DecreeComponent(name, true, field.span(), field.confidence()) : absent(name);
    }

    private static DecreeComponent absent(String name) {
        return new DecreeComponent(name, false, null, 0);
    }
}
