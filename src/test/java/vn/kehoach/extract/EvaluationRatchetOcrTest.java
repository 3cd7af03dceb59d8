package vn.kehoach.extract;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan of seed 003, OCR'd, scored against the gold file: no field's F1 may fall. */
@Tag("ocr")
class EvaluationRatchetOcrTest {

    @Test
    void noFieldGetsWorse(@TempDir Path out) throws Exception {
        EvaluationRatchet.check(List.of("seed-003-scan.pdf"), out);
    }
}
