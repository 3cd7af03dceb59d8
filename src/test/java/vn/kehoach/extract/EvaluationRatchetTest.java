package vn.kehoach.extract;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples read without OCR, scored against the gold files: no field's F1 may fall. */
class EvaluationRatchetTest {

    @Test
    void noFieldGetsWorse(@TempDir Path out) throws Exception {
        EvaluationRatchet.check(List.of("seed-003.md", "seed-003.docx", "seed-003-typed.pdf", "seed-000-ocr-dump.txt"), out);
    }
}
