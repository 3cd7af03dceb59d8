package vn.kehoach.normalize;

import java.text.Normalizer;

/** Unicode clean-up of one line of Vietnamese text. */
public final class UnicodeCleaner {

    private UnicodeCleaner() {
    }

    /** Returns the text in NFC. */
    public static String clean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
