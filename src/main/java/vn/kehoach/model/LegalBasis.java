package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A document cited as the basis of the plan ("Căn cứ ...", "Thực hiện ...") or inside its content.
 * {@code reference} is the number and symbol as cited ("15-NQ/ĐU"), split into {@code number} ("15")
 * and {@code symbol} ("NQ/ĐU"); {@code date} is ISO; {@code text} is the citing clause; {@code section}
 * the path of the section that cites it ("I > 2"), null in the preamble. Parts not printed are null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalBasis(String type, String reference, String number, String symbol, String date, String issuer,
                         String subject, String text, SourceSpan span, double confidence, String section) {

    /** This citation as made in the section at {@code sectionPath} ("I > 2"). */
    public LegalBasis inSection(String sectionPath) {
        return new LegalBasis(type, reference, number, symbol, date, issuer, subject, text, span, confidence, sectionPath);
    }
}
