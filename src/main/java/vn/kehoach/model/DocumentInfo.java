package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The Decree 30/2020/NĐ-CP parts of a document's form. {@code type} is the type name ("Kế hoạch"),
 * {@code number} the number ("25") and {@code symbol} the symbol after it ("KH-UBND"); {@code issueDate}
 * is ISO (yyyy-MM-dd). {@code components} lists all nine Decree 30 components, present or not, and
 * {@code missing} names every field and component that was not found.
 */
public record DocumentInfo(Extracted<String> type, Extracted<String> issuer, Extracted<String> parentIssuer,
                           Extracted<String> number, Extracted<String> symbol, Extracted<String> place,
                           Extracted<String> issueDate, Extracted<String> title, Extracted<String> summary,
                           List<LegalBasis> legalBases, Signer signer, List<Recipient> recipients,
                           List<DecreeComponent> components, List<String> missing) {

    public DocumentInfo {
        legalBases = List.copyOf(legalBases);
        recipients = List.copyOf(recipients);
        components = List.copyOf(components);
        missing = List.copyOf(missing);
    }

    /**
     * The signature block: authority prefix as printed ("KT. GIÁM ĐỐC"), position ("PHÓ GIÁM ĐỐC") and
     * the signer's name; a part not printed is null.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Signer(String authority, String position, String name, SourceSpan span, double confidence) {
    }

    /** One "Nơi nhận" entry: the recipient and the purpose code as printed ("b/c", "t/h"), null if none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Recipient(String name, String purpose, SourceSpan span) {
    }

    /** One of the nine main components of Decree 30 (Article 8), found or not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecreeComponent(String name, boolean present, SourceSpan span, double confidence) {
    }
}
