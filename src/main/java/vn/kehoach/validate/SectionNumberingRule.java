package vn.kehoach.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Section;
import vn.kehoach.model.Section.Passage;
import vn.kehoach.model.Severity;
import vn.kehoach.model.Triage;

/**
 * KH-S001: sibling sections are numbered one after another at every level: I, II, III, V leaves out IV;
 * 2.1, 2.2, 2.2 prints 2.2 twice. A reader citing "mục 2.2" or "phần IV" must find exactly one.
 */
public final class SectionNumberingRule implements Rule {

    @Override
    public String id() {
        return "KH-S001";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Sibling sections are numbered without gaps or repeats at every level (I, II, III, V leaves out IV; 2.2 twice).";
    }

    @Override
    public String tolerance() {
        return "Exact. Roman (I.), Arabic and dotted (2.1.; the last part counts) and letter (a)) numbers, each compared "
            + "with the previous sibling of the same kind; a list may start anywhere (it may continue a numbering "
            + "printed as body text), a skipped number printed as a numbered paragraph of the parent or of the sibling "
            + "before the gap is not missing, letters may skip đ, f, j, w, z. Other numberings (\"Phần thứ nhất\") are left alone.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        List<Finding> findings = new ArrayList<>();
        if (document.sections() != null) {
            checkSiblings(document.sections(), List.of(), findings);
        }
        // Levels are checked one after another; report in reading order.
        findings.sort(Comparator.comparing((Finding f) -> f.location().page(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.location().lineFrom(), Comparator.nullsFirst(Comparator.naturalOrder())));
        return findings;
    }

    /**
     * Siblings of each kind in turn. {@code parentPassages} are the body of the section holding them: a number
     * extraction kept as a numbered paragraph there (or in the body of the sibling before the gap) is printed,
     * not missing.
     */
    private void checkSiblings(List<Section> siblings, List<Passage> parentPassages, List<Finding> findings) {
        for (SectionNumber.Kind kind : SectionNumber.Kind.values()) {
            Section previous = null;
            SectionNumber previousNumber = null;
            for (Section section : siblings) {
                Optional<SectionNumber> number = SectionNumber.parse(section.number()).filter(n -> n.kind() == kind);
                if (number.isEmpty()) {
                    continue;
                }
                if (previousNumber != null) {
                    List<Passage> printedAround = new ArrayList<>(parentPassages);
                    printedAround.addAll(previous.passages());
                    compare(previous, previousNumber, section, number.get(), printedAround).ifPresent(findings::add);
                }
                previous = section;
                previousNumber = number.get();
            }
        }
        for (Section section : siblings) {
            checkSiblings(section.children(), section.passages(), findings);
        }
    }

    private Optional<Finding> compare(Section previous, SectionNumber before, Section section, SectionNumber number,
                                      List<Passage> printedAround) {
        if (number.ordinal() == before.ordinal()) {
            return Optional.of(finding(previous, section,
                "số mục «" + number.printed() + "» lặp lại (đã dùng cho «" + heading(previous) + "»).",
                "section number \"" + number.printed() + "\" is used twice (first for \"" + heading(previous) + "\")."));
        }
        List<String> missing = before.skippedBefore(number).stream()
            .filter(skipped -> printedAround.stream().map(p -> SectionNumber.parse(p.marker()))
                .noneMatch(marker -> marker.isPresent() && marker.get().sameAs(skipped)))
            .map(SectionNumber::printed).toList();
        if (number.ordinal() > before.ordinal() && !missing.isEmpty()) {
            String names = String.join(", ", missing);
            return Optional.of(finding(previous, section,
                "thiếu mục " + names + " giữa «" + before.printed() + "» và «" + number.printed() + "».",
                "section " + names + " is missing between \"" + before.printed() + "\" and \"" + number.printed() + "\"."));
        }
        return Optional.empty();
    }

    private Finding finding(Section previous, Section section, String vi, String en) {
        FindingLocation location = Reports.at(section.span());
        Evidence evidence = new Evidence(List.of(
            new EvidenceValue("mục trước / previous section", previous.number() + " " + heading(previous), null, null),
            new EvidenceValue("mục / section", section.number() + " " + heading(section), null, null)), null, null, null);
        return Reports.finding(this, Reports.whereVi(location) + vi, Reports.whereEn(location) + en, location, evidence,
            Triage.SOURCE_INCONSISTENCY);
    }

    private static String heading(Section section) {
        return section.heading() == null ? "" : section.heading().strip();
    }
}
