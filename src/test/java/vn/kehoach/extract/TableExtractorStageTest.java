package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.kehoach.ingest.Ingestion;
import vn.kehoach.ingest.PlainTextIngester;
import vn.kehoach.model.DataTable;
import vn.kehoach.normalize.NormalizeStage;
import vn.kehoach.pipeline.Facet;
import vn.kehoach.pipeline.Pipeline;

/** The stage's place in the pipeline: after normalization, providing the tables. */
class TableExtractorStageTest {

    private final Ingestion source = new Ingestion(List.of(new PlainTextIngester()));

    @Test
    void runsAfterNormalization() throws Exception {
        TableExtractor tables = new TableExtractor();
        assertEquals(Set.of(Facet.NORMALIZED_TEXT), tables.requires());
        assertEquals(Set.of(Facet.TABLES), tables.provides());
        List<DataTable> found = Pipeline.from(source).then(new NormalizeStage()).then(tables).build()
            .run(Path.of("samples", "seed-000-ocr-dump.txt"), "seed-000-ocr-dump.txt").tables();
        assertEquals(List.of("t1", "t2"), found.stream().map(DataTable::id).toList());
    }

    @Test
    void isRefusedBeforeNormalization() {
        assertThrows(IllegalStateException.class, () -> Pipeline.from(source).then(new TableExtractor()));
    }
}
