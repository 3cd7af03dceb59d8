package vn.kehoach.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyllableLmTest {

    private static final List<String> TOY = List.of(
        "kế hoạch thực hiện chương trình giảm nghèo", "kế hoạch phát triển kinh tế", "thực hiện kế hoạch năm 2023",
        "chương trình giảm nghèo bền vững", "kế hoạch giảm nghèo", "phát triển kinh tế xã hội",
        "thực hiện chương trình", "kế hoạch thực hiện", "giảm nghèo bền vững", "kinh tế xã hội");

    private static SyllableLm toyModel(Path dir) throws IOException {
        Path corpus = dir.resolve("toy.txt");
        StringBuilder text = new StringBuilder();
        for (int doc = 0; doc < 40; doc++) {
            text.append("=== DOC toy-").append(doc).append(" ===\n");
            TOY.forEach(line -> text.append(line).append('\n'));
        }
        Files.writeString(corpus, text);
        return SyllableLmTrainer.train(List.of(corpus), dir.resolve("toy.bin"));
    }

    @Test
    void everyContextIsAProbabilityDistribution(@TempDir Path dir) throws IOException {
        SyllableLm lm = toyModel(dir);
        int ke = lm.id("kế");
        int hoach = lm.id("hoạch");
        for (int[] context : new int[][] {{ke, hoach}, {hoach, lm.id("thực")}, {SyllableLm.NONE, SyllableLm.LINE_START}}) {
            double total = 0;
            for (int w = 0; w < lm.size(); w++) {
                if (w != SyllableLm.LINE_START) {
                    total += Math.pow(10, lm.logProb(context[0], context[1], w));
                }
            }
            assertEquals(1.0, total, 0.06, "context " + context[0] + " " + context[1]); // byte quantisation costs a little
        }
    }

    @Test
    void seenContinuationsBeatUnseenOnes(@TempDir Path dir) throws IOException {
        SyllableLm lm = toyModel(dir);
        int ke = lm.id("kế");
        int hoach = lm.id("hoạch");
        assertTrue(lm.logProb(ke, hoach, lm.id("thực")) > lm.logProb(ke, hoach, lm.id("bền")));
        assertTrue(lm.logProb(SyllableLm.NONE, SyllableLm.LINE_START, ke) > lm.logProb(SyllableLm.NONE, SyllableLm.LINE_START, hoach));
        assertEquals(SyllableLm.UNKNOWN, lm.id("không"));
        assertEquals(lm.id(LmWords.NUMBER), lm.id(LmWords.of("2023")));
    }

    @Test
    void savedModelAnswersLikeTheTrainedOne(@TempDir Path dir) throws IOException {
        SyllableLm trained = toyModel(dir);
        SyllableLm loaded = SyllableLm.load(dir.resolve("toy.bin"));
        assertEquals(trained.describe(), loaded.describe());
        for (int u = 0; u < trained.size(); u++) {
            for (int w = 0; w < trained.size(); w++) {
                assertEquals(trained.logProb(u, 3, w), loaded.logProb(u, 3, w));
            }
        }
    }

    @Test
    void heldOutSplitIsStableAndAboutOneInTwenty() {
        long held = java.util.stream.IntStream.range(0, 20_000).filter(i -> CorpusDocuments.isHeldOut("doc-" + i)).count();
        assertTrue(held > 800 && held < 1200, "held out " + held);
        assertEquals(CorpusDocuments.isHeldOut("hrmaster:docs/a.txt"), CorpusDocuments.isHeldOut("hrmaster:docs/a.txt"));
    }
}
