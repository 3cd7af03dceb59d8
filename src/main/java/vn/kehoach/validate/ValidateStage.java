package vn.kehoach.validate;

import java.util.List;
import java.util.Set;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.pipeline.Facet;
import vn.kehoach.pipeline.Stage;

/** Fills in {@code findings}: every rule of the catalogue run over the document, in catalogue order. */
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
        return Set.of(Facet.TABLES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.FINDINGS);
    }

    @Override
    public PlanDocument apply(PlanDocument document) {
        return document.withFindings(rules.stream().flatMap(rule -> rule.check(document).stream()).toList());
    }
}
