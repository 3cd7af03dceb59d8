package vn.kehoach.normalize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compiles the {@link PlaceNames} model from the gazetteer's units.tsv (columns level, code, name,
 * short_name, type, parent_code, set): every unit type ("Thị trấn") as a unit word, every short name of
 * words only ("Vĩnh Lộc"; not "Phường 4") as a name with the types it occurs with, lower case in the
 * modern tone style. Village-level words the gazetteer has no rows for (thôn, xóm, bản, khu phố ...) are
 * unit words that take any name: villages mostly repeat the names of their communes.
 * Usage: PlaceNameCompiler UNITS_TSV OUT_FILE
 */
public final class PlaceNameCompiler {

    private static final List<String> VILLAGE_UNITS = List.of("thôn", "xóm", "bản", "ấp", "làng", "khu phố", "tổ dân phố");
    private static final int MAX_SYLLABLES = 4;

    private PlaceNameCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PlaceNameCompiler UNITS_TSV OUT_FILE");
            System.exit(2);
        }
        PlaceNames.Model model = compile(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        PlaceNames.write(model, Path.of(args[1]));
        System.err.println(model.units().size() + " unit words, " + model.names().size() + " names -> " + args[1]);
    }

    static PlaceNames.Model compile(List<String> tsvLines) {
        List<String[]> rows = tsvLines.subList(1, tsvLines.size()).stream().map(line -> line.split("\t", -1)).toList();
        List<String> types = new ArrayList<>(new TreeSet<>(rows.stream().map(f -> VietnameseText.matchKey(f[4])).toList()));
        Map<String, Integer> typesOfName = new TreeMap<>();
        for (String[] f : rows) {
            String name = VietnameseText.matchKey(f[3]);
            List<String> syllables = syllables(name);
            if (syllables.size() <= MAX_SYLLABLES && syllables.stream().allMatch(s -> s.chars().allMatch(Character::isLetter))) {
                typesOfName.merge(name, 1 << types.indexOf(VietnameseText.matchKey(f[4])), (a, b) -> a | b);
            }
        }
        List<PlaceNames.Unit> units = new ArrayList<>();
        types.forEach(type -> units.add(new PlaceNames.Unit(syllables(type), false)));
        VILLAGE_UNITS.forEach(village -> units.add(new PlaceNames.Unit(syllables(village), true)));
        List<PlaceNames.Name> names = new ArrayList<>();
        typesOfName.forEach((name, bits) -> names.add(new PlaceNames.Name(syllables(name), bits)));
        return new PlaceNames.Model(units, names);
    }

    private static List<String> syllables(String text) {
        return new ArrayList<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split(" ")));
    }
}
