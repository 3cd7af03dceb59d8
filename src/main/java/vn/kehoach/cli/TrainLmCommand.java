package vn.kehoach.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.kehoach.normalize.DiacriticRestorer;
import vn.kehoach.normalize.SyllableLm;
import vn.kehoach.normalize.SyllableLmTrainer;

/** Trains the syllable trigram language model that diacritic restoration uses. */
@Command(name = "train-lm", mixinStandardHelpOptions = true,
    description = "Train the Vietnamese syllable trigram model (modified Kneser-Ney) on corpus files or folders; "
        + "every 20th document (by id hash) is held out for measuring.")
public final class TrainLmCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "corpus .txt files or folders (=== DOC id === headers)")
    private List<Path> corpus;

    @Option(names = "--out", paramLabel = "FILE", description = "model file (default: models/" + DiacriticRestorer.LM_FILE + ")")
    private Path out = Path.of("models", DiacriticRestorer.LM_FILE);

    @Override
    public Integer call() throws Exception {
        SyllableLm lm = SyllableLmTrainer.train(corpus, out);
        System.err.println("trained " + lm.describe() + " -> " + out);
        return 0;
    }
}
