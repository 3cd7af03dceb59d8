package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.kehoach.model.Block;
import vn.kehoach.model.Heading;
import vn.kehoach.model.ListItem;
import vn.kehoach.model.Page;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Table;
import vn.kehoach.model.TableCell;
import vn.kehoach.model.TableRow;

/**
 * The Decree 30 regions of a document in reading order, over all pages: the header (issuer, motto,
 * number, place and date) before the type name line ("KẾ HOẠCH"), the summary under it, the body,
 * and the closing from "Nơi nhận" or the signer's authority line on. The same for every source: only
 * blocks of lines with provenance are used.
 */
record DocumentLayout(List<TextUnit> header, TextUnit typeName, List<TextUnit> summary, List<TextUnit> body,
                      List<TextUnit> closing) {

    private static final Pattern RECIPIENTS_CUE = Pattern.compile("^\\W*" + OcrText.cue("nơi nhận"));
    private static final Pattern AUTHORITY_CUE = Pattern.compile("^\\W*(?:tm|kt|tl|tuq|q)\\s*\\.\\s*\\p{L}");
    /** The type name line comes within the first lines of a document. */
    private static final int HEADER_UNITS = 12;
    /** The closing sits within the last units. */
    private static final int CLOSING_UNITS = 40;

    static DocumentLayout of(PlanDocument document) {
        List<TextUnit> units = units(document);
        int type = typeNameIndex(units);
        int bodyStart = type + 1;
        List<TextUnit> summary = new ArrayList<>();
        TextUnit typeUnit = null;
        if (type >= 0) {
            typeUnit = units.get(type);
            if (typeUnit.lines().size() > 1) {
                summary.add(typeUnit.sub(1));
                typeUnit = new TextUnit(typeUnit.kind(), typeUnit.lines().subList(0, 1));
            } else if (bodyStart < units.size() && isSummary(units.get(bodyStart))) {
                summary.add(units.get(bodyStart++));
            }
        }
        int closing = closingIndex(units, Math.max(bodyStart, 0));
        return new DocumentLayout(units.subList(0, Math.max(type, 0)), typeUnit, summary,
            units.subList(Math.max(bodyStart, 0), closing), units.subList(closing, units.size()));
    }

    /** All units of the document, splitting a header unit at its type name line. */
    private static List<TextUnit> units(PlanDocument document) {
        List<TextUnit> units = new ArrayList<>();
        for (Page page : document.pages()) {
            for (Block block : page.blocks()) {
                if (block instanceof Table t) {
                    units.addAll(tableUnits(t));
                } else if (block instanceof ListItem i) {
                    units.add(new TextUnit(TextUnit.Kind.LIST_ITEM, i.lines()));
                } else {
                    TextUnit.Kind kind = block instanceof Heading ? TextUnit.Kind.HEADING : TextUnit.Kind.PARAGRAPH;
                    units.addAll(splitAtTypeName(new TextUnit(kind, block.allLines())));
                }
            }
        }
        return units;
    }

    /** A closing laid out as a table is read cell by cell; any other table stays one unit. */
    private static List<TextUnit> tableUnits(Table table) {
        if (!RECIPIENTS_CUE.matcher(OcrText.fold(table.text())).find()
            && table.allLines().stream().noneMatch(l -> AUTHORITY_CUE.matcher(OcrText.fold(l.text())).find())) {
            return List.of(new TextUnit(TextUnit.Kind.TABLE, table.allLines()));
        }
        List<TextUnit> cells = new ArrayList<>();
        for (TableRow row : table.rows()) {
            for (TableCell cell : row.cells()) {
                if (!cell.lines().isEmpty()) {
                    cells.add(new TextUnit(TextUnit.Kind.PARAGRAPH, cell.lines()));
                }
            }
        }
        return cells;
    }

    /** A plain-text paragraph may hold the header lines and the type name together: split there. */
    private static List<TextUnit> splitAtTypeName(TextUnit unit) {
        for (int i = 1; i < unit.lines().size(); i++) {
            if (isTypeName(unit.lines().get(i).text())) {
                return List.of(new TextUnit(unit.kind(), unit.lines().subList(0, i)), unit.sub(i));
            }
        }
        return List.of(unit);
    }

    private static int typeNameIndex(List<TextUnit> units) {
        for (int i = 0; i < Math.min(units.size(), HEADER_UNITS); i++) {
            if (units.get(i).kind() != TextUnit.Kind.TABLE && isTypeName(units.get(i).lines().get(0).text())) {
                return i;
            }
        }
        return -1;
    }

    /** A line that is only a document type name in capitals: "KẾ HOẠCH", "KE HOACH". */
    static boolean isTypeName(String line) {
        String printed = line.replaceAll("[*#_]", "").strip();
        if (printed.isEmpty() || !printed.equals(printed.toUpperCase())) {
            return false;
        }
        String key = OcrText.fold(printed);
        return DocumentCodes.TYPE_NAMES_LONGEST_FIRST.stream().anyMatch(name -> key.matches(OcrText.cue(name)));
    }

    /** The summary under the type name, unless that block already cites bases ("Căn cứ Luật ... số 77/2015/QH13"). */
    private static boolean isSummary(TextUnit unit) {
        return unit.kind() != TextUnit.Kind.TABLE && unit.kind() != TextUnit.Kind.LIST_ITEM
            && DocumentReferences.findAll(unit.text()).isEmpty()
            && SectionNumbering.parse(unit.lines().get(0).text()).isEmpty();
    }

    private static int closingIndex(List<TextUnit> units, int bodyStart) {
        for (int i = Math.max(bodyStart, units.size() - CLOSING_UNITS); i < units.size(); i++) {
            String first = OcrText.fold(units.get(i).lines().get(0).text());
            if (RECIPIENTS_CUE.matcher(first).find() || AUTHORITY_CUE.matcher(first).find()) {
                return i;
            }
        }
        return units.size();
    }
}
