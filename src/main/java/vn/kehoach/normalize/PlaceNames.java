package vn.kehoach.normalize;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Administrative place names (compiled from the gazetteer by {@link PlaceNameCompiler}): after a unit word
 * ("thị trấn", "huyện", "xã" ...) a run of capitalised words whose de-accented forms spell a name known
 * for that kind of unit ("Vinh Loc", "THUONG XUAN") gets that name's syllables favoured in the decoder,
 * so the rarer but right "Thị trấn Vĩnh Lộc" beats the language model's "Vinh Lọc" ("Vinh Lộc" is a
 * ward and a commune, never a town). Names with a syllable the model lacks are left out.
 */
final class PlaceNames {

    /**
     * log10 bonus per syllable of a name known for its unit: enough to beat the language model's pull to
     * common words ("Vinh Lọc", "Quảng Bình" after huyện), which rare names lose to by 2-3 per syllable.
     */
    static final float NAME_BONUS = 4f;
    private static final int MAGIC = 0x4b48504e; // "KHPN"
    private static final int VERSION = 1;
    private static final int MAX_NAME_SYLLABLES = 4;

    /** Channel score of a word the name adds at a position: log10 P(observed token | word). */
    interface ChannelScore {
        float score(int word, String observed);
    }

    /**
     * The model as written: unit words (lower-case syllables; anyName for the village-level ones the
     * gazetteer has no rows for, which take every name) and names with the unit words they occur with.
     */
    record Model(List<Unit> units, List<Name> names) {
    }

    record Unit(List<String> syllables, boolean anyName) {
    }

    /** A name's syllables and, as bits over the model's units, the kinds of unit it names. */
    record Name(List<String> syllables, int unitBits) {
    }

    /** A name as LM word ids (UNKNOWN for a syllable the model lacks, "chiêm") and its spelling. */
    private record KnownName(int[] ids, String[] spellings, int unitBits) {
    }

    private final SyllableLm lm;
    private final List<int[]> unitWords = new ArrayList<>();
    /** Per unit word, the bits of the names it takes. */
    private final List<Integer> unitMasks = new ArrayList<>();
    /** De-accented name ("vinh loc") -> the names spelled so, as LM word ids. */
    private final Map<String, List<KnownName>> byFolded = new HashMap<>();
    private final Set<String> foldedPrefixes = new HashSet<>();

    PlaceNames(SyllableLm lm, Model model) {
        this.lm = lm;
        for (int i = 0; i < model.units().size(); i++) {
            Unit unit = model.units().get(i);
            int[] ids = ids(unit.syllables());
            if (Arrays.stream(ids).noneMatch(id -> id == SyllableLm.UNKNOWN)) {
                unitWords.add(ids);
                unitMasks.add(unit.anyName() ? -1 : 1 << i);
            }
        }
        for (Name name : model.names()) {
            String folded = VietnameseText.removeAccents(String.join(" ", name.syllables()));
            byFolded.computeIfAbsent(folded, k -> new ArrayList<>())
                .add(new KnownName(ids(name.syllables()), name.syllables().toArray(new String[0]), name.unitBits()));
            for (int i = folded.indexOf(' '); i > 0; i = folded.indexOf(' ', i + 1)) {
                foldedPrefixes.add(folded.substring(0, i));
            }
        }
    }

    private int[] ids(List<String> syllables) {
        return syllables.stream().mapToInt(s -> lm.id(LmWords.of(s))).toArray();
    }

    int size() {
        return byFolded.values().stream().mapToInt(List::size).sum();
    }

    /** Favours, after every unit word of the lattice, the syllables of the longest known name that follows. */
    void favourNames(Lattice lattice, ChannelScore channel) {
        for (int q = 1; q < lattice.size(); q++) {
            if (!capitalised(lattice.position(q))) {
                continue; // names are written capitalised: most positions end here
            }
            for (int u = 0; u < unitWords.size(); u++) {
                int[] unit = unitWords.get(u);
                if (spellsUnit(lattice, q - unit.length, unit) && favourNameAt(lattice, q, unitMasks.get(u), channel)) {
                    favour(lattice, q - unit.length, unit, null, channel); // "quan Ba Dinh": quận, not quân
                }
            }
        }
    }

    private static boolean capitalised(Lattice.Position position) {
        return !position.splitPart() && Character.isUpperCase(position.observed().codePointAt(0));
    }

    private static boolean spellsUnit(Lattice lattice, int p, int[] unit) {
        if (p < 0) {
            return false;
        }
        for (int i = 0; i < unit.length; i++) {
            if (!contains(lattice.ids(p + i), unit[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] ids, int word) {
        for (int id : ids) {
            if (id == word) {
                return true;
            }
        }
        return false;
    }

    /** Favours the longest name known for the unit that starts at q; false if there is none. */
    private boolean favourNameAt(Lattice lattice, int q, int unitMask, ChannelScore channel) {
        List<KnownName> found = List.of();
        String prefix = "";
        Set<String> keys = Set.of("");
        for (int length = 1; length <= MAX_NAME_SYLLABLES && q + length <= lattice.size(); length++) {
            Lattice.Position position = lattice.position(q + length - 1);
            if (!capitalised(position)) {
                break;
            }
            Set<String> next = new HashSet<>();
            for (String before : keys) {
                for (String key : foldedKeys(lattice, q + length - 1)) {
                    String joined = before.isEmpty() ? key : before + " " + key;
                    if (byFolded.containsKey(joined) || foldedPrefixes.contains(joined)) {
                        next.add(joined);
                    }
                }
            }
            if (next.isEmpty()) {
                break;
            }
            keys = next;
            List<KnownName> names = keys.stream().flatMap(k -> byFolded.getOrDefault(k, List.of()).stream())
                .filter(name -> (name.unitBits() & unitMask) != 0).toList();
            found = names.isEmpty() ? found : names;
        }
        found.forEach(name -> favour(lattice, q, name.ids(), name.spellings(), channel));
        return !found.isEmpty();
    }

    private static void favour(Lattice lattice, int q, int[] words, String[] spellings, ChannelScore channel) {
        for (int i = 0; i < words.length; i++) {
            if (!lattice.isFixed(q + i)) {
                String observed = lattice.position(q + i).observed();
                lattice.favour(q + i, words[i], channel.score(words[i], observed), NAME_BONUS);
                if (words[i] == SyllableLm.UNKNOWN && spellings != null) {
                    lattice.spellUnknownAs(q + i, spellings[i]); // a name syllable the model lacks: "chiêm"
                }
            }
        }
    }

    /** The de-accented forms a position may stand for: the observed token's and its candidates'. */
    private Collection<String> foldedKeys(Lattice lattice, int p) {
        Set<String> keys = new HashSet<>();
        keys.add(VietnameseText.removeAccents(lattice.position(p).observed().toLowerCase(Locale.ROOT)));
        for (int id : lattice.ids(p)) {
            keys.add(VietnameseText.removeAccents(lm.word(id)));
        }
        return keys;
    }

    static PlaceNames load(Path file, SyllableLm lm) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException(file + " is not a kehoach place-name model of version " + VERSION);
            }
            String[] syllables = new String[in.readInt()];
            for (int i = 0; i < syllables.length; i++) {
                syllables[i] = in.readUTF();
            }
            List<Unit> units = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                units.add(new Unit(readSequence(in, syllables), in.readBoolean()));
            }
            List<Name> names = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                names.add(new Name(readSequence(in, syllables), in.readInt()));
            }
            return new PlaceNames(lm, new Model(units, names));
        }
    }

    /** Writes the model: a syllable table, then unit words and names as syllable numbers (gzip). */
    static void write(Model model, Path file) throws IOException {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        model.units().forEach(u -> u.syllables().forEach(s -> numbers.putIfAbsent(s, numbers.size())));
        model.names().forEach(n -> n.syllables().forEach(s -> numbers.putIfAbsent(s, numbers.size())));
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(numbers.size());
            for (String s : numbers.keySet()) {
                out.writeUTF(s);
            }
            out.writeInt(model.units().size());
            for (Unit unit : model.units()) {
                writeSequence(out, unit.syllables(), numbers);
                out.writeBoolean(unit.anyName());
            }
            out.writeInt(model.names().size());
            for (Name name : model.names()) {
                writeSequence(out, name.syllables(), numbers);
                out.writeInt(name.unitBits());
            }
        }
    }

    private static void writeSequence(DataOutputStream out, List<String> sequence, Map<String, Integer> numbers) throws IOException {
        out.writeByte(sequence.size());
        for (String syllable : sequence) {
            out.writeShort(numbers.get(syllable));
        }
    }

    private static List<String> readSequence(DataInputStream in, String[] syllables) throws IOException {
        List<String> sequence = new ArrayList<>();
        for (int n = in.readByte(); n > 0; n--) {
            sequence.add(syllables[in.readUnsignedShort()]);
        }
        return sequence;
    }
}
