package vn.kehoach.extract;

import java.util.Set;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.pipeline.Facet;
import vn.kehoach.pipeline.Stage;

/** Fills in {@link PlanDocument#sections()}: the numbered section tree of the body with roles. */
public final class SectionExtractor implements Stage {

    @Override
    public String name() {
        return "extract-sections";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.NORMALIZED_TEXT);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.SECTIONS);
    }

    @Override
    public PlanDocument apply(PlanDocument document) {
        return document.withSections(SectionTreeBuilder.build(DocumentLayout.of(document).body()));
    }
}
