package vn.kehoach.validate;

import java.util.List;

/** Every validation rule, in id order: the one place a new rule is registered (docs/rules.md is generated from it). */
public final class RuleCatalogue {

    private static final List<Rule> RULES = List.of(
        new ColumnSumRule(),
        new RateTargetRule(),
        new PercentShareRule(),
        new ShareSentenceRule(),
        new RowIdentityRule(),
        new SubtotalRule(),
        new NarrativeTableRule(),
        new AsOfDateRule(),
        new CitedDateRule(),
        new DeadlineRule(),
        new ImpossibleDateRule(),
        new SectionNumberingRule(),
        new DecreeComponentsRule(),
        new SymbolTypeRule());

    private RuleCatalogue() {
    }

    public static List<Rule> all() {
        return RULES;
    }
}
