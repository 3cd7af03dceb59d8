package vn.kehoach.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kehoach.normalize.DiacriticRestorer;
import vn.kehoach.normalize.DiacriticRestorer.Mode;

/** Restores diacritics / corrects OCR damage of the text on stdin, line by line, to stdout. */
@Command(name = "repair", mixinStandardHelpOptions = true,
    description = "Restore Vietnamese diacritics and correct OCR damage: stdin -> stdout, line by line.")
public final class RepairCommand implements Callable<Integer> {

    @Option(names = "--mode", defaultValue = "auto", paramLabel = "MODE",
        description = "auto (decide per line; correct lines pass unchanged), ocr (English-model OCR), "
            + "vie (Vietnamese-model OCR: every word weighed), or plain (de-accented text)")
    private Mode mode;

    @Override
    public Integer call() throws Exception {
        DiacriticRestorer restorer = DiacriticRestorer.load(DiacriticRestorer.modelsDirectory());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        // read char by char around line ends, so "\r\n" and a missing final newline survive as they came
        StringBuilder line = new StringBuilder();
        String above = ""; // a line goes on from the repaired line above (a wrapped sentence)
        int c;
        int previous = -1;
        while ((c = in.read()) != -1) {
            if (c == '\n' || c == '\r') {
                if (c == '\r' || previous != '\r') { // "\r\n" ends one line
                    above = restorer.restore(line.toString(), mode, above).text();
                    out.write(above);
                }
                out.write(c);
                line.setLength(0);
            } else {
                line.append((char) c);
            }
            previous = c;
        }
        if (!line.isEmpty()) {
            out.write(restorer.restore(line.toString(), mode, above).text());
        }
        out.flush();
        return 0;
    }
}
