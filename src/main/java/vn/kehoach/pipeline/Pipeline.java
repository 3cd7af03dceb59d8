package vn.kehoach.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.kehoach.model.PlanDocument;

/** A document source followed by stages, checked for order when built. Thread-safe if its parts are. */
public final class Pipeline {

    private final DocumentSource source;
    private final List<Stage> stages;

    private Pipeline(DocumentSource source, List<Stage> stages) {
        this.source = source;
        this.stages = List.copyOf(stages);
    }

    public static Builder from(DocumentSource source) {
        return new Builder(source);
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Reads the file and runs every stage; stray exceptions come back as {@link StageException}. */
    public PlanDocument run(Path file, String displayName) throws KehoachException {
        PlanDocument document;
        try {
            document = source.read(file, displayName);
        } catch (KehoachException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw new StageException(displayName, "ingest", e);
        }
        for (Stage stage : stages) {
            Interruption.check(displayName, stage.name());
            try {
                document = stage.apply(document);
            } catch (KehoachException e) {
                throw e;
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                throw new StageException(displayName, stage.name(), e);
            }
        }
        return document;
    }

    /** Collects stages and refuses one whose needs no earlier step provides. */
    public static final class Builder {
        private final DocumentSource source;
        private final List<Stage> stages = new ArrayList<>();
        private final Set<Facet> provided = EnumSet.of(Facet.PAGES);

        private Builder(DocumentSource source) {
            this.source = source;
        }

        public Builder then(Stage stage) {
            Set<Facet> missing = EnumSet.noneOf(Facet.class);
            missing.addAll(stage.requires());
            missing.removeAll(provided);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("stage " + stage.name() + " needs " + missing
                    + " which no earlier stage provides (have " + provided + ")");
            }
            stages.add(stage);
            provided.addAll(stage.provides());
            return this;
        }

        public Pipeline build() {
            return new Pipeline(source, stages);
        }
    }
}
