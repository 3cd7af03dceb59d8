package vn.kehoach.validate;

import java.util.List;

/**
 * Every validation rule, in id order: the one place a new rule is registered (docs/rules.md is generated
 * from it). Families: KH-D dates, KH-N narrative against tables, KH-S structure and form, KH-T tables.
 */
public final class RuleCatalogue {

    private static final List<Rule> RULES = List.of(
        new AsOfDateRule(),
        new CitedDateRule(),
        new DeadlineRule(),
        new DateValidityRule(),
        new NarrativeTableRule(),
        new HeaderDateRule(),
        new SectionNumberingRule(),
        new DecreeComponentsRule(),
        new SymbolTypeRule(),
        new ColumnSumRule(),
        new RateTargetRule(),
        new PercentShareRule(),
        new ShareSentenceRule(),
        new RowIdentityRule(),
        new SubtotalRule());

    private RuleCatalogue() {
    }

    public static List<Rule> all() {
        return RULES;
    }
}
