package vn.kehoach.pipeline;

import java.util.Set;
import vn.kehoach.model.PlanDocument;

/**
 * One step over the document object. A stage declares what it needs and what it provides; the
 * {@link Pipeline} checks the order when it is built, not when a document fails half-way.
 */
public interface Stage {

    /** Short name used in errors and logs ("normalize", "extract" ...). */
    String name();

    Set<Facet> requires();

    Set<Facet> provides();

    /**
     * Returns the document with this stage's part filled in. Bad input is reported by throwing
     * {@link InputException}; any other exception is wrapped by the pipeline with the file named.
     */
    PlanDocument apply(PlanDocument document) throws KehoachException;
}
