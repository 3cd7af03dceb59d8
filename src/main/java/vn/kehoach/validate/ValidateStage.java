package vn.kehoach.validate;

import java.util.List;
import java.util.Set;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.SectionIndex;
import vn.kehoach.pipeline.Facet;
import vn.kehoach.pipeline.Stage;

/**
 * Fills in {@code findings}: every rule of the catalogue run over the document, in catalogue order, each
 * finding placed in the section holding its first line. Rules cope with parts extraction left out
 * (a hand-written JSON without {@code document} or {@code sections}).
 */
public final class ValidateStage implements Stage {

    private final List<Rule> rules;

    public ValidateStage() {
        this(RuleCatalogue.all());
    }

    public ValidateStage(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.METADATA, Facet.SECTIONS, Facet.PLAN, Facet.TABLES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.FINDINGS);
    }

    @Override
    public PlanDocument apply(PlanDocument document) {
        SectionIndex sections = SectionIndex.of(document.sections());
        return document.withFindings(rules.stream().flatMap(rule -> rule.check(document).stream())
            .map(finding -> inSection(finding, sections)).toList());
    }

    /** The finding with the section holding its first line: rules locate by lines, the section tree says where that is. */
    private static Finding inSection(Finding finding, SectionIndex sections) {
        FindingLocation at = finding.location();
        if (at.section() != null || at.page() == null || at.lineFrom() == null) {
            return finding;
        }
        return sections.labelAt(at.page(), at.lineFrom())
            .map(path -> new Finding(finding.ruleId(), finding.severity(), finding.messageVi(), finding.messageEn(),
                new FindingLocation(at.page(), path, at.table(), at.row(), at.column(), at.lineFrom(), at.lineTo()),
                finding.evidence(), finding.triage(), finding.suggestion()))
            .orElse(finding);
    }
}
