package vn.kehoach.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedRecursivelyInNameOrderWithRelativeNames() throws IOException {
        Files.createDirectories(dir.resolve("archive/2023"));
        Files.writeString(dir.resolve("archive/b.pdf"), "x");
        Files.writeString(dir.resolve("archive/2023/a.docx"), "x");
        Files.writeString(dir.resolve("archive/.hidden.pdf"), "x");
        Files.createDirectories(dir.resolve("archive/.git"));
        Files.writeString(dir.resolve("archive/.git/config"), "x");
        Files.writeString(dir.resolve("single.txt"), "x");

        List<InputFile> files = InputCollector.collect(List.of(dir.resolve("archive"), dir.resolve("single.txt")));

        assertEquals(List.of("2023/a.docx", "b.pdf", "single.txt"), files.stream().map(InputFile::relativeName).toList());
        assertEquals(dir.resolve("archive/2023/a.docx"), files.get(0).path());
    }

    @Test
    void aMissingInputIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> InputCollector.collect(List.of(dir.resolve("nope.pdf"))));
        assertEquals("no such file or folder: " + dir.resolve("nope.pdf"), e.getMessage());
    }
}
