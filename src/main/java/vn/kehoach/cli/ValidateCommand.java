package vn.kehoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;
import vn.kehoach.validate.ValidateStage;

/** {@code kehoach validate FILE.json... [--fail-on error|warning|info]}: the rules re-run over extracted JSON. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Re-run the validation rules (docs/rules.md) over plan JSON written by extract; prints one finding "
        + "per line (file, rule, severity, triage, location, message) and a summary on stderr.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan JSON files written by extract.")
    List<Path> files;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
        description = "Exit with code 4 when a finding of this severity or worse exists: error, warning or info.")
    Severity failOn;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
        description = "Language of the messages printed (default: ${DEFAULT-VALUE}).")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be vi or en");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ValidateStage stage = new ValidateStage();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        int unreadable = 0;
        for (Path file : files) {
            PlanDocument document;
            try {
                document = ModelJson.mapper().readValue(file.toFile(), PlanDocument.class);
            } catch (IOException e) {
                err.println("kehoach: " + file + ": not plan JSON: " + e.getMessage().lines().findFirst().orElse(""));
                unreadable++;
                continue;
            }
            for (Finding finding : stage.apply(document).findings()) {
                out.println(file + ": " + line(finding));
                counts.merge(finding.severity(), 1, Integer::sum);
            }
        }
        out.flush();
        err.println(summary(counts, unreadable));
        if (unreadable > 0) {
            return ExitCodes.SOME_FAILED;
        }
        boolean failing = failOn != null && counts.keySet().stream().anyMatch(s -> s.atLeast(failOn));
        return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private String line(Finding f) {
        return String.join(" ", f.ruleId(), f.severity().id(), f.triage() == null ? "-" : f.triage().id(),
            location(f.location())) + ": " + (lang.equals("en") ? f.messageEn() : f.messageVi());
    }

    private static String location(FindingLocation l) {
        return Stream.of(
                l.page() == null ? null : "page " + l.page(),
                l.lineFrom() == null ? null : "line " + l.lineFrom() + (l.lineTo() == null || l.lineTo().equals(l.lineFrom()) ? "" : "-" + l.lineTo()),
                l.section() == null ? null : "section " + l.section(),
                l.table(),
                l.row() == null ? null : "row " + l.row(),
                l.column() == null ? null : "column " + l.column())
            .filter(s -> s != null).collect(Collectors.joining(" "));
    }

    private String summary(Map<Severity, Integer> counts, int unreadable) {
        String findings = Stream.of(Severity.values()).map(s -> counts.getOrDefault(s, 0) + " " + s.id())
            .collect(Collectors.joining(", "));
        return files.size() + " file" + (files.size() == 1 ? "" : "s") + ": " + findings
            + (unreadable > 0 ? "; " + unreadable + " unreadable" : "");
    }

    /** Severities by their JSON ids, so that the option reads like the output. */
    static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return Stream.of(Severity.values()).filter(s -> s.id().equals(value)).findFirst()
                .orElseThrow(() -> new CommandLine.TypeConversionException("expected error, warning or info: " + value));
        }
    }
}
