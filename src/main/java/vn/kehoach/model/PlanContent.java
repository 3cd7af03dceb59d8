package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The parts of the plan itself, read from the sections by their roles; {@code citations} are the
 * documents cited inside the sections ("... tại Nghị quyết số 09-NQ/TU ngày 04/11/2013"), each with its section.
 */
public record PlanContent(List<PlanItem> objectives, List<Target> targets, List<PlanItem> tasks,
                          List<PlanItem> solutions, Funding funding, List<Responsibility> responsibilities,
                          List<LegalBasis> citations) {

    public PlanContent {
        objectives = List.copyOf(objectives);
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
        solutions = List.copyOf(solutions);
        responsibilities = List.copyOf(responsibilities);
        citations = List.copyOf(citations);
    }

    /** One objective, task or solution: its text and the number of the section it is in. */
    public record PlanItem(String section, String text, SourceSpan span) {
    }

    /**
     * A quantitative target. {@code value} is the number as a decimal string ("95", "8148", "0.31"),
     * {@code unit} as printed ("%", "hộ", "người"); {@code equivalent} the same target stated another
     * way in the sentence ("8.148 người" beside "95 %"); {@code change} a printed change ("giảm 0,19%" as
     * -0.19 %); {@code deadline} as printed ("đến tháng 11 năm 2023"), ISO in {@code deadlineDate}
     * (yyyy-MM-dd, yyyy-MM or yyyy); null parts were not printed.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(String indicator, String value, String unit, Quantity equivalent, Quantity change,
                         Baseline baseline, String deadline, String deadlineDate, String scope, String text,
                         SourceSpan span, double confidence) {
    }

    /** A number (decimal string) with its unit as printed. */
    public record Quantity(String value, String unit) {
    }

    /** The starting point of a target, its equivalent ("8 hộ bằng (0,31%)") and the date it held (ISO) if printed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Baseline(String value, String unit, Quantity equivalent, String date) {
    }

    /** Where the money comes from and how much is named. */
    public record Funding(List<PlanItem> sources, List<Amount> amounts) {

        public Funding {
            sources = List.copyOf(sources);
            amounts = List.copyOf(amounts);
        }
    }

    /** A sum of money as printed ("1,5 tỷ đồng") and in đồng. */
    public record Amount(String text, String value, String unit, long dong, SourceSpan span) {
    }

    /**
     * One assignment of the organization section: who (each actor with its role: "lead" for the one who
     * presides, "chủ trì", or is assigned; "support" for "phối hợp"), what and by when.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Responsibility(String number, List<Actor> actors, List<String> duties, String deadline,
                                 SourceSpan span) {

        public Responsibility {
            actors = List.copyOf(actors);
            duties = List.copyOf(duties);
        }
    }

    /** An actor with its role ("lead", "support") and the cue printed for it ("chủ trì", "phối hợp"), null if implied. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Actor(String name, String role, String cue) {
    }
}
