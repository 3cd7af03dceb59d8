package vn.kehoach.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes docs/rules.md from the {@link RuleCatalogue}, so that the documented rules are the rules that
 * run. Run {@code mvn -q exec:java -Dexec.mainClass=vn.kehoach.validate.RulesDoc} after changing a rule;
 * a test fails while the file is stale.
 */
public final class RulesDoc {

    public static final Path DEFAULT_PATH = Path.of("docs", "rules.md");

    private RulesDoc() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : DEFAULT_PATH;
        Files.writeString(target, render());
    }

    public static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Validation rules\n\n")
            .append("<!-- Generated from vn.kehoach.validate.RuleCatalogue by vn.kehoach.validate.RulesDoc; do not edit. -->\n\n")
            .append("The `validate` stage runs every rule below over the extracted plan and fills `findings[]`; ")
            .append("`kehoach validate FILE.json...` re-runs them. Families: `KH-D` dates, `KH-N` sentences against ")
            .append("tables, `KH-S` structure and Decree-30 form, `KH-T` tables. Each finding names the section holding ")
            .append("its first line (`location.section`, printed numbers from the top: \"I > 2 > 2.1\"). A rule whose part ")
            .append("of the document was not extracted (a hand-written JSON without `document` or `sections`) reports ")
            .append("nothing. A failed check whose numbers were read with low ")
            .append("confidence, or that one typical OCR misreading of one cell would make pass, is triaged ")
            .append("`probable-ocr-error` with the suggested reading; otherwise `source-inconsistency`. ")
            .append("Source numbers are never changed.\n\n")
            .append("| id | severity | checks |\n|---|---|---|\n");
        for (Rule rule : RuleCatalogue.all()) {
            md.append("| ").append(rule.id()).append(" | ").append(rule.severity().id()).append(" | ")
                .append(rule.description()).append(" |\n");
        }
        for (Rule rule : RuleCatalogue.all()) {
            md.append("\n## ").append(rule.id()).append(" (").append(rule.severity().id()).append(")\n\n")
                .append(rule.description()).append("\n\n")
                .append("Tolerance: ").append(rule.tolerance()).append('\n');
        }
        return md.toString();
    }
}
