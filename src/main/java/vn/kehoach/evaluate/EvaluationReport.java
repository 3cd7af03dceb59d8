package vn.kehoach.evaluate;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints an {@link Evaluation} as a table in the manner of GROBID's end-to-end evaluation. */
public final class EvaluationReport {

    private static final String ROW = "%-27s %7s %7s %7s   %7s %7s %7s %6s%n";

    private EvaluationReport() {
    }

    public static void print(Evaluation evaluation, PrintWriter out) {
        out.printf("%d documents%n", evaluation.documents().size());
        evaluation.documents().stream().filter(Evaluation.Scored::outputMissing)
            .forEach(d -> out.printf("  no output for %s: scored as nothing found%n", d.file()));
        out.println();
        out.printf(ROW, "", "strict", "", "", "normal.", "", "", "");
        out.printf(ROW, "field", "P", "R", "F1", "P", "R", "F1", "gold");
        Map<String, FieldScore> strict = evaluation.totals(Matching.STRICT);
        Map<String, FieldScore> normalized = evaluation.totals(Matching.NORMALIZED);
        strict.forEach((field, s) -> row(out, field, s, normalized.get(field)));
        out.println();
        row(out, "all fields (micro)", evaluation.micro(Matching.STRICT), evaluation.micro(Matching.NORMALIZED));
        out.printf(ROW, "all fields (macro F1)", "", "", percent(evaluation.macroF1(Matching.STRICT)), "", "",
            percent(evaluation.macroF1(Matching.NORMALIZED)), "");
        out.println();
        out.println("per document, all fields (micro):");
        for (Evaluation.Scored document : evaluation.documents()) {
            row(out, document.file(), sum(document.scores().get(Matching.STRICT)), sum(document.scores().get(Matching.NORMALIZED)));
        }
        out.flush();
    }

    private static void row(PrintWriter out, String label, FieldScore strict, FieldScore normalized) {
        out.printf(ROW, label, percent(strict.precision()), percent(strict.recall()), percent(strict.f1()),
            percent(normalized.precision()), percent(normalized.recall()), percent(normalized.f1()), strict.support());
    }

    private static FieldScore sum(Map<String, FieldScore> scores) {
        return scores.values().stream().reduce(FieldScore.ZERO, FieldScore::plus);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f", value * 100);
    }
}
