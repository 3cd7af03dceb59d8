package vn.kehoach.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping and the page templates of the review site. Only the five markup characters are escaped:
 * Vietnamese letters stay as NFC UTF-8 text, so the page source is as readable as the page.
 */
final class Html {

    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

    private Html() {
    }

    /** Text (or null, shown as empty) safe inside an element or a quoted attribute. */
    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = Normalizer.normalize(value.toString(), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A resource of the site (template, style sheet, script) as text. */
    static String resource(String name) {
        try (InputStream in = Html.class.getResourceAsStream("/review/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource review/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fills the {@code {{name}}} slots of a template with markup already escaped by the caller; a slot
     * without a value is a programming error and fails loudly rather than leaving braces in a page.
     */
    static String fill(String template, Map<String, String> markup) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() * 2);
        while (m.find()) {
            String value = markup.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("template slot without a value: " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
