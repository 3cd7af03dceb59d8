package vn.kehoach.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OcrChannelTest {

    @Test
    void learnsLetterSubstitutionsFromAlignedLines() {
        List<ChannelTrainer.LinePair> pairs = List.of(
            new ChannelTrainer.LinePair("Tổng số người dân", "Tong s6 ngudi dan"),
            new ChannelTrainer.LinePair("số người của xã", "s6 ngudi ctia xa"),
            new ChannelTrainer.LinePair("có số liệu", "c6 s6 liéu"));
        Map<String, Map<String, Integer>> counts = ChannelTrainer.count(pairs);
        assertEquals(3, counts.get("ố").get("6"));
        assertEquals(2, counts.get("ư").get("u"));
        assertEquals(2, counts.get("ờ").get("d"));
        OcrChannel channel = new OcrChannel(counts);
        assertEquals(List.of("o"), channel.rewrites("6"));
        assertTrue(channel.score("số", "s6") > channel.score("sở", "s6"));
        assertTrue(channel.score("người", "ngudi") > channel.score("ngủi", "ngudi"));
    }

    @Test
    void shippedChannelReadsLikeSeed000() throws IOException {
        OcrChannel channel = OcrChannel.load(DiacriticRestorer.modelsDirectory().resolve(DiacriticRestorer.CHANNEL_FILE));
        assertTrue(channel.score("số", "s6") > channel.score("sáu", "s6"));
        assertTrue(channel.score("thể", "thé") > channel.score("thơ", "thé"));
        assertTrue(channel.rewrites("6").contains("o"), "6 -> o");
        // Stray marks before a word are rare: "1a" is "là" misread, not noise "1" before "a".
        assertTrue(channel.score("là", "1a") > channel.score("a", "1a"));
        assertTrue(channel.score("trên", "trén") > channel.score("rèn", "trén"));
    }

    @Test
    void wordsWithoutLeadingNoiseAreCounted() {
        Map<String, Map<String, Integer>> counts = ChannelTrainer.count(List.of(
            new ChannelTrainer.LinePair("là số", "1a s6"), new ChannelTrainer.LinePair("ủy ban", "1uy ban")));
        assertEquals(3, counts.get("").get(""), "là, số, ban");
        assertEquals(1, counts.get("").get("1"), "1 before uy");
    }
}
