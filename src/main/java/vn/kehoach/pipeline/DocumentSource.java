package vn.kehoach.pipeline;

import java.nio.file.Path;
import vn.kehoach.model.PlanDocument;

/** The first step of a pipeline: turns a file into a document object with {@link Facet#PAGES}. */
public interface DocumentSource {

    /**
     * @param file the file to read
     * @param displayName the name to report (the path relative to the batch root)
     */
    PlanDocument read(Path file, String displayName) throws KehoachException;
}
