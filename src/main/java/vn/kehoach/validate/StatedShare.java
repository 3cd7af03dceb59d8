package vn.kehoach.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.PlanContent.Quantity;
import vn.kehoach.model.PlanContent.Target;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.SourceSpan;

/**
 * A count a sentence states together with its share ("7.544 người chiếm tỷ lệ 87,97%", "8.148 người đạt
 * tỷ lệ 95%"): read from the plan's targets, from the target itself and from its baseline. The share is
 * what finds the same quantity in a table; the count is what is compared. {@code date} is the date the
 * sentence gives the figure (ISO, at its printed precision): the target's deadline, the baseline's as-of date.
 */
record StatedShare(String indicator, BigDecimal count, String countUnit, BigDecimal rate, String what, String date,
                   SourceSpan span) {

    /** Every count-and-share the plan's targets state; none when extraction has not run. */
    static List<StatedShare> inPlan(PlanDocument document) {
        return document.plan() == null ? List.of()
            : document.plan().targets().stream().flatMap(target -> of(target).stream()).toList();
    }

    static List<StatedShare> of(Target target) {
        List<StatedShare> shares = new ArrayList<>();
        pair(target, target.value(), target.unit(), target.equivalent(), "chỉ tiêu / target", target.deadlineDate(), shares);
        if (target.baseline() != null) {
            pair(target, target.baseline().value(), target.baseline().unit(), target.baseline().equivalent(),
                "hiện trạng / baseline", target.baseline().date(), shares);
        }
        return shares;
    }

    private static void pair(Target target, String value, String unit, Quantity equivalent, String what, String date,
                             List<StatedShare> shares) {
        if (value == null || equivalent == null || equivalent.value() == null || target.span() == null) {
            return;
        }
        boolean valueIsRate = "%".equals(unit);
        boolean equivalentIsRate = "%".equals(equivalent.unit());
        if (valueIsRate == equivalentIsRate) {
            return;
        }
        Quantity count = valueIsRate ? equivalent : new Quantity(value, unit);
        String rate = valueIsRate ? value : equivalent.value();
        try {
            shares.add(new StatedShare(target.indicator(), new BigDecimal(count.value()), count.unit(), new BigDecimal(rate),
                what, date, target.span()));
        } catch (NumberFormatException unreadable) {
            // A value extraction could not read as a number states nothing to compare.
        }
    }
}
