package vn.kehoach.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.kehoach.extract.MetadataExtractor;
import vn.kehoach.extract.PlanExtractor;
import vn.kehoach.extract.SectionExtractor;
import vn.kehoach.extract.TableExtractor;
import vn.kehoach.ingest.Ingestion;
import vn.kehoach.ingest.OfficeIngester;
import vn.kehoach.ingest.PlainTextIngester;
import vn.kehoach.model.Finding;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.normalize.NormalizeStage;
import vn.kehoach.pipeline.Pipeline;

/**
 * The whole pipeline, ingestion to validation, as {@code kehoach extract} runs it (without OCR), and a
 * consistent commune plan to change one fact of: its narrative agrees with its table, its dates are in
 * order, its numbering is complete and its Decree-30 form whole.
 */
final class PlanText {

    static final Pipeline PIPELINE = Pipeline.from(new Ingestion(List.of(new OfficeIngester(), new PlainTextIngester())))
        .then(new NormalizeStage())
        .then(new MetadataExtractor())
        .then(new SectionExtractor())
        .then(new PlanExtractor())
        .then(new TableExtractor())
        .then(new ValidateStage())
        .build();

    private PlanText() {
    }

    static String consistent() throws Exception {
        return Files.readString(Path.of("src", "test", "resources", "validate", "consistent-plan.md"));
    }

    /** The consistent plan with {@code printed} replaced by {@code instead}; fails if it does not print it. */
    static String with(String printed, String instead) throws Exception {
        String text = consistent();
        if (!text.contains(printed)) {
            throw new IllegalArgumentException("the plan does not print: " + printed);
        }
        return text.replace(printed, instead);
    }

    static PlanDocument run(Path file) throws Exception {
        return PIPELINE.run(file, file.getFileName().toString());
    }

    static List<Finding> findings(Path dir, String markdown) throws Exception {
        return run(Files.writeString(dir.resolve("plan.md"), markdown)).findings();
    }

    static List<Finding> of(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
