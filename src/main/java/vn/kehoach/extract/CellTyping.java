package vn.kehoach.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataCell;

/**
 * Types one cell on its own. A number is read with {@link VietnameseNumbers}; one that reads only once
 * stray marks around it are set aside (".1265", "202]", "[132" in OCR text) keeps its raw text and is
 * doubted, and so is an integer that lost its decimal separator ("031"). Nothing else is repaired: "g"
 * or "010l" stay text, for the column pass to doubt.
 */
final class CellTyping {

    /** Marks OCR leaves around a number: anything but letters, digits, the signs and brackets numbers use. */
    private static final Pattern STRAY_MARKS = Pattern.compile("^[^\\p{L}\\p{N}(+-]+|[^\\p{L}\\p{N}%)]+$");
    private static final double STRAY_MARK_DOUBT = 0.6;
    /** "031", "087": a zero before two digits or more is a decimal separator OCR lost ("0,31"); "08" is padding. */
    private static final Pattern LOST_SEPARATOR = Pattern.compile("0\\d{2,}");
    private static final double LOST_SEPARATOR_DOUBT = 0.5;

    /** A typed cell and whether its separator could be read the other way. */
    record Typed(DataCell cell, boolean ambiguous) {
    }

    private CellTyping() {
    }

    static Typed type(CellText text) {
        String raw = text.text();
        if (VietnameseNumbers.isNoValue(raw)) {
            return new Typed(new DataCell(raw, null, null, null, CellType.EMPTY, text.confidence(), text.provenance()), false);
        }
        double confidence = text.confidence();
        Optional<ParsedNumber> number = VietnameseNumbers.parse(raw);
        if (number.isEmpty()) {
            String trimmed = STRAY_MARKS.matcher(raw.strip()).replaceAll("");
            if (!trimmed.isEmpty() && !trimmed.equals(raw.strip())) {
                number = VietnameseNumbers.parse(trimmed);
                confidence *= STRAY_MARK_DOUBT;
            }
        }
        if (number.isEmpty()) {
            return new Typed(new DataCell(raw, null, null, null, CellType.TEXT, text.confidence(), text.provenance()), false);
        }
        ParsedNumber n = number.get();
        if (LOST_SEPARATOR.matcher(raw.strip()).matches()) {
            confidence *= LOST_SEPARATOR_DOUBT;
        }
        return new Typed(new DataCell(raw, n.value(), n.decimals(), n.unit(), n.type(), confidence, text.provenance()),
            n.ambiguous());
    }
}
