package vn.kehoach.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.ModelJson;

/** An output folder inside the input folder: a re-run does not take the results for documents. */
class OutputInsideInputTest {

    @TempDir
    Path in;

    @Test
    void resultsInsideTheInputFolderAreNotInputs() throws IOException {
        BatchInputs.markdown(in, "plan.md", 1);
        Path out = in.resolve("out");
        assertEquals(0, BatchCli.extract(in, out).exitCode());
        BatchCli.Run again = BatchCli.extract(in, out);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().startsWith("1 document already done (skipped), 0 to do\n1 document, 1 ok, 0 failed"), again.err());
        assertEquals(1, ModelJson.mapper().readTree(out.resolve("summary.json").toFile()).get("folder").get("documents").asInt());
    }
}
