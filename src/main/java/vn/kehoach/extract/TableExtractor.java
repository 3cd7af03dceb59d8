package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.kehoach.model.Block;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Heading;
import vn.kehoach.model.Line;
import vn.kehoach.model.Page;
import vn.kehoach.model.Paragraph;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.Table;
import vn.kehoach.pipeline.Facet;
import vn.kehoach.pipeline.Stage;

/**
 * Fills in {@code tables}: every table of the document, typed. Table blocks are read by their cells
 * ({@link GridTables}), or token by token when they come from an OCR dump whose pipes cannot be trusted
 * ({@link TokenTables}); pages with word boxes are searched for tables by geometry ({@link
 * GeometryTables}). A table that ends its page and one that opens the next with the same columns are one
 * table. Cells are typed last, over the joined rows ({@link TableTyper}).
 */
public final class TableExtractor implements Stage {

    /** Lines a page may hold after a table that continues, or before its continuation: page numbers, headers. */
    private static final int MAX_LINES_AT_PAGE_BREAK = 2;

    /** A table found on a page, with its caption and how many lines of the page stand before and after it. */
    private record Placed(RawTable table, String caption, int linesBefore, int linesAfter) {
    }

    @Override
    public String name() {
        return "tables";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.NORMALIZED_TEXT);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.TABLES);
    }

    @Override
    public PlanDocument apply(PlanDocument document) {
        List<Placed> found = new ArrayList<>();
        for (Page page : document.pages()) {
            found.addAll(onPage(page));
        }
        List<Placed> joined = joinAcrossPages(found).stream().filter(p -> p.table().isData()).toList();
        List<DataTable> tables = new ArrayList<>();
        for (int i = 0; i < joined.size(); i++) {
            tables.add(TableTyper.type(joined.get(i).table(), "t" + (i + 1), joined.get(i).caption()));
        }
        return document.withTables(tables);
    }

    private static List<Placed> onPage(Page page) {
        List<List<Line>> groups = page.blocks().stream().map(Block::allLines).toList();
        int total = groups.stream().mapToInt(List::size).sum();
        List<Placed> placed = new ArrayList<>();
        int before = 0;
        for (int b = 0; b < page.blocks().size(); b++) {
            if (page.blocks().get(b) instanceof Table table) {
                Optional<RawTable> raw = read(table, page.blocks().subList(0, b), page.number());
                if (raw.isPresent()) {
                    int after = total - before - groups.get(b).size();
                    placed.add(new Placed(raw.get(), Captions.above(page.blocks().subList(0, b)), before, after));
                }
            }
            before += groups.get(b).size();
        }
        if (page.kind() == SourceKind.TEXT_LAYER || page.kind() == SourceKind.OCR) {
            placed.addAll(byGeometry(page));
            placed.sort(Comparator.comparingInt(Placed::linesBefore));
        }
        return placed;
    }

    /** Office cells are real; the pipes of a text table may be OCR's guess, then its rows are re-read as tokens. */
    private static Optional<RawTable> read(Table table, List<Block> blocksAbove, int page) {
        boolean plainText = table.allLines().stream().anyMatch(l -> l.provenance().kind() != SourceKind.OFFICE);
        return plainText && TokenTables.needsTokens(table)
            ? TokenTables.read(table, Captions.headerLinesAbove(blocksAbove), page)
            : GridTables.read(table, page);
    }

    /**
     * Tables among the lines of the page's other blocks, taken as visual rows ({@link VisualRows}); the
     * lines above a table, by block, give its caption.
     */
    private static List<Placed> byGeometry(Page page) {
        List<Line> sourceLines = new ArrayList<>();
        List<Integer> sourceBlock = new ArrayList<>();
        for (int b = 0; b < page.blocks().size(); b++) {
            Block block = page.blocks().get(b);
            if (!(block instanceof Table)) {
                for (Line line : block.allLines()) {
                    sourceLines.add(line);
                    sourceBlock.add(b);
                }
            }
        }
        List<VisualRows.Row> rows = VisualRows.of(sourceLines);
        List<Line> lines = rows.stream().map(VisualRows.Row::line).toList();
        List<Placed> placed = new ArrayList<>();
        for (GeometryTables.Found f : GeometryTables.find(lines, page.number())) {
            placed.add(new Placed(f.table(), Captions.above(blocksAbove(page, rows, sourceBlock, f.first())), f.first(),
                lines.size() - f.last() - 1));
        }
        return placed;
    }

    /** The visual rows above a table regrouped by the block they came from; a heading stays a heading. */
    private static List<Block> blocksAbove(Page page, List<VisualRows.Row> rows, List<Integer> sourceBlock, int first) {
        List<Block> above = new ArrayList<>();
        List<Line> group = new ArrayList<>();
        for (int k = 0; k < first; k++) {
            group.add(rows.get(k).line());
            int block = sourceBlock.get(rows.get(k).firstSource());
            if (k + 1 == first || block != sourceBlock.get(rows.get(k + 1).firstSource())) {
                Block source = page.blocks().get(block);
                above.add(source instanceof Heading h ? new Heading(h.level(), group) : new Paragraph(group));
                group = new ArrayList<>();
            }
        }
        return above;
    }

    /**
     * Joins a table that ends its page to one that opens the next page when their columns match: as many,
     * and the continuation repeats the header or has none.
     */
    private static List<Placed> joinAcrossPages(List<Placed> found) {
        List<Placed> joined = new ArrayList<>();
        for (Placed next : found) {
            Placed previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && continues(previous, next)) {
                joined.set(joined.size() - 1, new Placed(previous.table().followedBy(next.table()), previous.caption(),
                    previous.linesBefore(), next.linesAfter()));
            } else {
                joined.add(next);
            }
        }
        return joined;
    }

    private static boolean continues(Placed previous, Placed next) {
        RawTable a = previous.table();
        RawTable b = next.table();
        return b.firstPage() == a.lastPage() + 1 && previous.linesAfter() <= MAX_LINES_AT_PAGE_BREAK
            && next.linesBefore() <= MAX_LINES_AT_PAGE_BREAK && a.columnCount() == b.columnCount()
            && (!b.hasHeader() || b.columnPaths().equals(a.columnPaths()));
    }
}
