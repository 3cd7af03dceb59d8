package vn.kehoach.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.kehoach.evaluate.Evaluation;
import vn.kehoach.evaluate.EvaluationReport;

/** {@code kehoach evaluate GOLD_DIR OUT_DIR}: field-level precision, recall and F1 of extract's outputs against gold JSON. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score the JSON written by extract (OUT_DIR/<file>.json) against hand-written gold files "
        + "(GOLD_DIR/*.gold.json): precision, recall and F1 per field and overall, strict (exact string) and "
        + "normalized (Unicode form, case, spacing, punctuation and diacritics folded).")
public final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of *.gold.json files.")
    Path goldDir;

    @Parameters(index = "1", paramLabel = "OUT_DIR", description = "Folder extract wrote its JSON to.")
    Path outDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path dir : new Path[] {goldDir, outDir}) {
            if (!Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + dir);
            }
        }
        try {
            EvaluationReport.print(Evaluation.run(goldDir, outDir), spec.commandLine().getOut());
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
