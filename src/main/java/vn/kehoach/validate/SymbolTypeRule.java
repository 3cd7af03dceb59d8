package vn.kehoach.validate;

import java.util.List;
import java.util.Optional;
import vn.kehoach.extract.DocumentCodes;
import vn.kehoach.model.DocumentInfo;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;
import vn.kehoach.model.Triage;
import vn.kehoach.normalize.VietnameseText;

/** KH-S003: the symbol's type code names the document's type: "25/KH-UBND" is a Kế hoạch, not a Quyết định. */
public final class SymbolTypeRule implements Rule {

    @Override
    public String id() {
        return "KH-S003";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "The type code of the document's symbol (KH in 25/KH-UBND) names the type its title prints (KẾ HOẠCH).";
    }

    @Override
    public String tolerance() {
        return "Exact, without case or tone-mark differences. Symbols whose first part is no type code (a công văn's "
            + "\"UBND-VX\") are skipped, as are documents without both a symbol and a type.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        DocumentInfo info = document.document();
        if (info == null || !info.symbol().isPresent() || !info.type().isPresent()) {
            return List.of();
        }
        String code = info.symbol().value().split("[-/]", 2)[0].strip();
        Optional<String> named = DocumentCodes.typeName(code);
        if (named.isEmpty() || VietnameseText.matchKey(named.get()).equals(VietnameseText.matchKey(info.type().value()))) {
            return List.of();
        }
        return List.of(finding(info, code, named.get()));
    }

    private Finding finding(DocumentInfo info, String code, String named) {
        FindingLocation location = Reports.at(info.symbol().span());
        String vi = Reports.whereVi(location) + "ký hiệu «" + info.symbol().value() + "» mang mã loại " + code + " ("
            + named + ") nhưng tên loại văn bản là «" + info.type().value() + "».";
        String en = Reports.whereEn(location) + "the symbol \"" + info.symbol().value() + "\" carries the type code " + code
            + " (" + named + ") but the document's type is \"" + info.type().value() + "\".";
        Evidence evidence = new Evidence(List.of(new EvidenceValue("ký hiệu / symbol", info.symbol().value(), null, null),
            new EvidenceValue("tên loại / type", info.type().value(), null, null)), null, null, null);
        return Reports.finding(this, vi, en, location, evidence, Triage.SOURCE_INCONSISTENCY);
    }
}
