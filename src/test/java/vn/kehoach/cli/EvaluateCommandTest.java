package vn.kehoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.evaluate.OutputFields;

class EvaluateCommandTest {

    @Test
    void printsPrecisionRecallAndF1PerFieldStrictAndNormalized(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        Path out = Files.createDirectory(dir.resolve("out"));
        String fields = OutputFields.FIELDS.stream().map(f -> "\"" + f + "\": " + switch (f) {
            case "document.type" -> "[\"Kế hoạch\"]";
            case "signer.name" -> "[\"Nguyễn Bá Cẩn\"]";
            default -> "[]";
        }).collect(Collectors.joining(", "));
        Files.writeString(gold.resolve("a.gold.json"), "{\"files\": [\"a.md\", \"b.md\"], \"fields\": {" + fields + "}}");
        Files.writeString(out.resolve("a.md.json"), """
            {"document": {"type": {"value": "Kế hoạch"}, "signer": {"name": "Nguyễn Bá Cần"}}}""");

        Cli cli = Cli.run("evaluate", gold.toString(), out.toString());

        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("no output for b.md"), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.matches("document\\.type +100\\.00 +50\\.00 +66\\.67 +100\\.00 +50\\.00 +66\\.67 +2")),
            cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.matches("signer\\.name +0\\.00 +0\\.00 +0\\.00 +100\\.00 +50\\.00 +66\\.67 +2")),
            cli.out());
    }

    @Test
    void aMissingFolderIsAUsageError(@TempDir Path dir) {
        assertEquals(ExitCodes.USAGE, Cli.run("evaluate", dir.resolve("none").toString(), dir.toString()).exitCode());
    }

    @Test
    void aGoldFileWithoutEveryFieldIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.gold.json"), "{\"files\": [\"x.md\"], \"fields\": {\"document.type\": []}}");
        Cli cli = Cli.run("evaluate", dir.toString(), dir.toString());
        assertEquals(ExitCodes.USAGE, cli.exitCode());
        assertTrue(cli.err().contains("field document.issuer missing"), cli.err());
    }
}
