package vn.kehoach.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One legacy encoding as a table from the text that arrives (cp1252 mojibake or ASCII mnemonics) to
 * Unicode, read from a data file under {@code encodings/} that {@code scripts/gen_legacy_encodings.py}
 * builds. Decoding takes the longest matching sequence at each position. Immutable and thread-safe.
 */
final class CodeTable {

    private static final char ESCAPE = '\\';

    private final Map<String, String> toUnicode = new HashMap<>();
    /** The first row for each Unicode text is the spelling an encoder writes. */
    private final Map<String, String> fromUnicode = new HashMap<>();
    /** Proper prefixes of the arrived sequences: where a decoder might read on into the next character. */
    private final Set<String> prefixes = new HashSet<>();
    private final BitSet firstChars = new BitSet();
    /** The characters legacy text can arrive as: what the arriving charset decodes its 256 bytes to. */
    private final BitSet repertoire = new BitSet();
    private int longest;

    private CodeTable(Charset arrivingCharset) {
        byte[] everyByte = new byte[256];
        for (int b = 0; b < everyByte.length; b++) {
            everyByte[b] = (byte) b;
        }
        new String(everyByte, arrivingCharset).chars().filter(c -> c != '\uFFFD').forEach(repertoire::set);
    }

    /** Loads {@code encodings/<name>.tsv}; {@code arrivingCharset} is the repertoire the legacy text arrives in. */
    static CodeTable load(String name, Charset arrivingCharset) {
        String resource = "encodings/" + name + ".tsv";
        CodeTable table = new CodeTable(arrivingCharset);
        try (InputStream in = CodeTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    table.add(codePoints(columns[0]), codePoints(columns[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return table;
    }

    private void add(String arrived, String unicode) {
        toUnicode.put(arrived, unicode);
        fromUnicode.putIfAbsent(unicode, arrived);
        firstChars.set(arrived.charAt(0));
        for (int i = 1; i < arrived.length(); i++) {
            prefixes.add(arrived.substring(0, i));
        }
        longest = Math.max(longest, arrived.length());
    }

    private static String codePoints(String hex) {
        StringBuilder s = new StringBuilder();
        for (String cp : hex.trim().split(" ")) {
            s.appendCodePoint(Integer.parseInt(cp, 16));
        }
        return s.toString();
    }

    /** Whether the encoding can hold the character: by a table row or as itself. */
    boolean canEncode(char c) {
        return fromUnicode.containsKey(String.valueOf(c)) || passesThrough(c);
    }

    private boolean passesThrough(char c) {
        return repertoire.get(c) && !toUnicode.containsKey(String.valueOf(c));
    }

    /** Whether decoding could change the text at all. */
    boolean touches(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (firstChars.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The Unicode (NFC) reading of legacy text; characters outside the table pass through. */
    String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            String match = firstChars.get(text.charAt(i)) ? longestMatch(text, i) : null;
            if (match == null) {
                out.append(text.charAt(i++));
            } else {
                out.append(toUnicode.get(match));
                i += match.length();
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private String longestMatch(String text, int at) {
        for (int length = Math.min(longest, text.length() - at); length > 0; length--) {
            String candidate = text.substring(at, at + length);
            if (toUnicode.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The legacy form of NFC text, as it would arrive. A character the encoding cannot hold becomes
     * '?'; a character kept as it is that the decoder would join to the one before ("ra." in VIQR)
     * gets the table's escape ("ra\.") where there is one.
     */
    String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        String previous = "";
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            String coded = fromUnicode.get(c);
            if (coded == null) {
                coded = passesThrough(c.charAt(0)) ? c : "?";
                String joined = previous + coded;
                if (prefixes.contains(joined) || toUnicode.containsKey(joined)) {
                    coded = toUnicode.containsKey(ESCAPE + coded) ? ESCAPE + coded : coded;
                }
            }
            out.append(coded);
            previous = coded;
        }
        return out.toString();
    }
}
