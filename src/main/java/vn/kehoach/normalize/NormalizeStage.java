package vn.kehoach.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.kehoach.model.Block;
import vn.kehoach.model.Line;
import vn.kehoach.model.Page;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Repair;
import vn.kehoach.pipeline.Facet;
import vn.kehoach.pipeline.Stage;

/** Repairs the text of every line and records each change as a {@link Repair}. */
public final class NormalizeStage implements Stage {

    @Override
    public String name() {
        return "normalize";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.PAGES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.NORMALIZED_TEXT);
    }

    @Override
    public PlanDocument apply(PlanDocument document) {
        List<Repair> repairs = new ArrayList<>(document.repairs());
        List<Page> pages = document.pages().stream()
            .map(page -> page.withBlocks(page.blocks().stream().map(b -> b.mapLines(line -> repairLine(line, repairs))).toList()))
            .toList();
        return document.withPages(pages).withRepairs(repairs);
    }

    private static Line repairLine(Line line, List<Repair> repairs) {
        String cleaned = UnicodeCleaner.clean(line.text());
        if (cleaned.equals(line.text())) {
            return line;
        }
        repairs.add(new Repair(line.provenance().page(), line.provenance().line(), line.text(), cleaned, "unicode", 1.0));
        return line.withText(cleaned);
    }
}
