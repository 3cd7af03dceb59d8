package vn.kehoach.validate;

import java.util.List;
import java.util.Map;
import vn.kehoach.model.DocumentInfo.DecreeComponent;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;
import vn.kehoach.model.Triage;

/**
 * KH-S002: Decree 30/2020/NĐ-CP (Article 8) makes the parts of an administrative document's form
 * mandatory; a plan without its number and symbol, date, issuer, signer or recipients cannot be cited,
 * dated or traced.
 */
public final class DecreeComponentsRule implements Rule {

    /** The mandatory components extraction looks for, with their names in the decree and in English. */
    private static final Map<String, String[]> NAMES = Map.of(
        "national-motto", new String[] {"Quốc hiệu và Tiêu ngữ", "national name and motto"},
        "issuer", new String[] {"Tên cơ quan, tổ chức ban hành", "issuing authority"},
        "number-and-symbol", new String[] {"Số, ký hiệu của văn bản", "number and symbol"},
        "place-and-date", new String[] {"Địa danh và thời gian ban hành", "place and date of issue"},
        "type-and-summary", new String[] {"Tên loại và trích yếu nội dung", "type and summary"},
        "content", new String[] {"Nội dung văn bản", "content"},
        "signer", new String[] {"Chức vụ, họ tên và chữ ký của người có thẩm quyền", "signer's position, name and signature"},
        "recipients", new String[] {"Nơi nhận", "recipients"});

    @Override
    public String id() {
        return "KH-S002";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "The mandatory Decree-30 components are present: national motto, issuer, number and symbol, place and date, "
            + "type and summary, content, signer, recipients.";
    }

    @Override
    public String tolerance() {
        return "One finding per component extraction did not find. The seal is not checked: text does not show it. "
            + "Needs the extracted document metadata.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        if (document.document() == null) {
            return List.of();
        }
        return document.document().components().stream().filter(c -> !c.present() && NAMES.containsKey(c.name()))
            .map(this::finding).toList();
    }

    private Finding finding(DecreeComponent component) {
        String[] name = NAMES.get(component.name());
        String vi = "Văn bản thiếu thành phần bắt buộc theo Nghị định 30/2020/NĐ-CP: " + name[0] + ".";
        String en = "The document lacks a component Decree 30/2020/ND-CP makes mandatory: the " + name[1] + ".";
        Evidence evidence = new Evidence(List.of(new EvidenceValue("thành phần / component", component.name(), null, null)),
            null, null, null);
        return Reports.finding(this, vi, en, new FindingLocation(null, null, null, null, null, null, null), evidence,
            Triage.SOURCE_INCONSISTENCY);
    }
}
