package vn.kehoach.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.normalize.DiacriticRestorer.Mode;

class PlaceNamesTest {

    private static final DiacriticRestorer RESTORER = DiacriticRestorer.shared();
    private static final Path UNITS = CorpusSample.SHARED.resolve("gazetteer/units.tsv");

    @Test
    void unitWordsBringTheirPlaceNamesBack() {
        assertEquals("UBND THỊ TRẤN VĨNH LỘC", RESTORER.restore("UBND THI TRAN VINH LOC").text());
        assertEquals("UBND huyện Thường Xuân, tỉnh Thanh Hóa", RESTORER.restore("UBND huyen Thuong Xuan, tinh Thanh Hoa").text());
        assertEquals("Thị trấn Vĩnh Lộc, ngày 13 tháng 02 năm 2023",
            RESTORER.restore("Thi tran Vinh Léc, ngdy 13 thang 02 ndm 2023").text());
    }

    @Test
    void aNameIsOnlyFavouredForTheKindOfUnitItNames() throws IOException {
        // "Vinh Lộc" is a ward and a commune, "Vĩnh Lộc" also a town: the unit word decides
        List<String> tsv = List.of("level\tcode\tname\tshort_name\ttype\tparent_code\tset",
            "commune\t1\tPhường Vinh Lộc\tVinh Lộc\tPhường\t2\tpre-2025",
            "commune\t3\tThị trấn Vĩnh Lộc\tVĩnh Lộc\tThị trấn\t4\tpre-2025");
        PlaceNames.Model model = PlaceNameCompiler.compile(tsv);
        assertEquals(List.of(List.of("vinh", "lộc"), List.of("vĩnh", "lộc")),
            model.names().stream().map(PlaceNames.Name::syllables).toList());
        assertEquals(Set.of("phường", "thị trấn", "thôn", "xóm", "bản", "ấp", "làng", "khu phố", "tổ dân phố"),
            Set.copyOf(model.units().stream().map(u -> String.join(" ", u.syllables())).toList()));
        int town = model.units().stream().map(u -> String.join(" ", u.syllables())).toList().indexOf("thị trấn");
        assertEquals(1 << town, model.names().get(1).unitBits());
    }

    @Test
    void theCompiledModelReadsBackAsWritten(@TempDir Path dir) throws IOException {
        PlaceNames.Model model = PlaceNameCompiler.compile(Files.readAllLines(UNITS, StandardCharsets.UTF_8));
        Path file = dir.resolve("names.bin");
        PlaceNames.write(model, file);
        PlaceNames loaded = PlaceNames.load(file, SyllableLm.load(DiacriticRestorer.modelsDirectory().resolve(DiacriticRestorer.LM_FILE)));
        assertTrue(model.names().size() > 7000, "names " + model.names().size());
        assertTrue(loaded.size() > 0.8 * model.names().size(), "usable names " + loaded.size());
    }

    /**
     * Communes with their districts, every 40th of the gazetteer, de-accented in a sentence the language
     * model never saw ("UBND xa Vinh Loc, huyen Vinh Loc"): the place names must come back far more often
     * than with the language model alone (219 of 244 lines against 70 when measured).
     */
    @Test
    void restoresMoreCommuneAndDistrictNamesThanTheLanguageModelAlone() throws IOException {
        List<String[]> rows = Files.readAllLines(UNITS, StandardCharsets.UTF_8).stream().skip(1).map(l -> l.split("\t", -1)).toList();
        java.util.Map<String, String> districts = new java.util.HashMap<>();
        rows.stream().filter(f -> f[0].equals("district")).forEach(f -> districts.put(f[1], f[2]));
        List<String> lines = new ArrayList<>();
        List<String[]> communes = rows.stream().filter(f -> f[0].equals("commune") && f[6].equals("pre-2025")
            && districts.containsKey(f[5]) && f[3].chars().noneMatch(Character::isDigit)).toList();
        for (int i = 0; i < communes.size(); i += 40) {
            lines.add("UBND " + lowerFirst(communes.get(i)[2]) + ", " + lowerFirst(districts.get(communes.get(i)[5])));
        }
        SyllableLm lm = SyllableLm.load(DiacriticRestorer.modelsDirectory().resolve(DiacriticRestorer.LM_FILE));
        Path models = DiacriticRestorer.modelsDirectory();
        DiacriticRestorer withoutNames = new DiacriticRestorer(lm, OcrChannel.load(models.resolve(DiacriticRestorer.CHANNEL_FILE)),
            OcrChannel.load(models.resolve(DiacriticRestorer.VIE_CHANNEL_FILE)), new PlaceNames(lm, new PlaceNames.Model(List.of(), List.of())));
        int with = 0;
        int without = 0;
        for (String line : lines) {
            String plain = VietnameseText.removeAccents(line);
            String want = VietnameseText.matchKey(line);
            with += VietnameseText.matchKey(RESTORER.restore(plain).text()).equals(want) ? 1 : 0;
            without += VietnameseText.matchKey(withoutNames.restore(plain).text()).equals(want) ? 1 : 0;
        }
        assertTrue(lines.size() >= 200, "lines " + lines.size());
        assertTrue(with >= without + 0.2 * lines.size(), with + " lines right with the gazetteer, " + without + " without, of " + lines.size());
        // most of the rest are names with two real spellings that only the district tells apart (Hà/Hạ Lang)
        assertTrue(with >= 0.85 * lines.size(), with + " of " + lines.size());
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
