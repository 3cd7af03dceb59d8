package vn.kehoach.normalize;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a font name says about the encoding of the text set in it: ".VnTime" is TCVN3, ".VnTimeH"
 * TCVN3 in an all-capital font, "VNI-Times" VNI-Windows. Only a hint: detection still scores the text.
 */
record FontHint(LegacyEncoding encoding, boolean upperCase) {

    /** "ABCDEF+" as PDF subsets prefix embedded fonts. */
    private static final Pattern SUBSET_PREFIX = Pattern.compile("^[A-Z]{6}\\+");
    /** Style suffixes PDF and Word add: ".VnTimeH,Bold", "VnTimeH-BoldItalic". */
    private static final Pattern STYLE_SUFFIX = Pattern.compile("(?i)([,\\- ]?(bold|italic|oblique|regular|psmt|mt))+$");

    static Optional<FontHint> of(String fontName) {
        if (fontName == null) {
            return Optional.empty();
        }
        String name = SUBSET_PREFIX.matcher(fontName.strip()).replaceFirst("");
        name = name.replaceFirst("^(\\.|_|#2[Ee])", "");
        name = STYLE_SUFFIX.matcher(name).replaceFirst("");
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("vni")) {
            return Optional.of(new FontHint(LegacyEncoding.VNI_WINDOWS, false));
        }
        if (lower.startsWith("vn")) {
            return Optional.of(new FontHint(LegacyEncoding.TCVN3, name.endsWith("H")));
        }
        return Optional.empty();
    }
}
