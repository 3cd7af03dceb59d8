package vn.kehoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.PrintWriter;
import picocli.CommandLine;
import vn.kehoach.normalize.SyllableLm;

class RepairCommandTest {

    @Test
    void repairsStdinLineByLineKeepingLineBreaks() {
        String input = "I. MUC TIEU\r\n\r\nNghị quyết số 15-NQ/TU\nThuc hién Nghi quyét s6 15-NQ/PU";
        assertEquals("I. MỤC TIÊU\r\n\r\nNghị quyết số 15-NQ/TU\nThực hiện Nghị quyết số 15-NQ/ĐU", run(input, "--mode", "auto"));
    }

    @Test
    void plainModeRestoresEvenAShortLine() {
        assertEquals("Kế hoạch\n", run("Ke hoach\n", "--mode", "plain"));
    }

    @Test
    void trainLmWritesALoadableModel(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("c.txt");
        Files.writeString(corpus, "=== DOC a ===\nkế hoạch năm 2023\nkế hoạch thực hiện\n=== DOC b ===\nkế hoạch năm nay\n");
        Path out = dir.resolve("lm.bin");
        assertEquals(0, new CommandLine(new TrainLmCommand()).execute(corpus.toString(), "--out", out.toString()));
        SyllableLm lm = SyllableLm.load(out);
        assertTrue(lm.id("kế") != SyllableLm.UNKNOWN && lm.id("hoạch") != SyllableLm.UNKNOWN, lm.describe());
    }

    private static String run(String stdin, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            String[] command = new String[args.length + 1];
            command[0] = "repair";
            System.arraycopy(args, 0, command, 1, args.length);
            PrintWriter err = new PrintWriter(System.err, true);
            assertEquals(0, Main.commandLine(new PrintWriter(System.out, true), err).execute(command));
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
