package vn.kehoach.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kehoach.review.ReviewSite;

/** {@code kehoach review OUT [--html DIR] [--sources DIR]...}: a static HTML site for reviewing findings. */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = "Write a static, self-contained HTML review site of the plan JSON in OUT: an index with finding "
        + "counts and filters, a page per document with marked page crops, tables and unsure repairs.")
public final class ReviewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT", description = "Folder written by extract.")
    Path out;

    @Option(names = "--html", paramLabel = "DIR", description = "Where to write the site (default: OUT/review).")
    Path html;

    @Option(names = "--sources", paramLabel = "DIR",
        description = "Folder to look for the input files in when their recorded names do not resolve; repeatable.")
    List<Path> sources = List.of();

    @Option(names = "--repair-threshold", paramLabel = "SCORE", defaultValue = "0.5",
        description = "Repairs scoring below this are shown next to their original text (default: ${DEFAULT-VALUE}).")
    double repairThreshold;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + out);
        }
        for (Path dir : sources) {
            if (!Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--sources: not a folder: " + dir);
            }
        }
        if (repairThreshold < 0 || repairThreshold > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--repair-threshold must be within [0, 1]");
        }
        Path site = html != null ? html : out.resolve("review");
        ReviewSite.Result result = new ReviewSite(sources, repairThreshold, spec.commandLine().getErr()).write(out, site);
        if (result.documents() == 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no plan JSON files found in " + out);
        }
        spec.commandLine().getErr().printf("%d document%s, %d finding%s, %d crop%s; open %s%n", result.documents(),
            result.documents() == 1 ? "" : "s", result.findings(), result.findings() == 1 ? "" : "s", result.crops(),
            result.crops() == 1 ? "" : "s", site.resolve("index.html"));
        return result.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
