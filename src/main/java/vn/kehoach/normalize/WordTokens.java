package vn.kehoach.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line into word tokens, keeping their positions so a repaired line can be rebuilt with every
 * space and punctuation mark in place. A word is a run of letters (with combining marks), digits and the
 * symbols English-model OCR writes for accented letters (€ ¢ © ®), as in "s6", "1€", "ctia".
 */
public final class WordTokens {

    /** One word of a line: its span and whether it holds any letter or OCR letter symbol (a pure number does not). */
    public record Token(int start, int end, String text, boolean hasLetter) {
        public boolean hasDigit() {
            return text.chars().anyMatch(Character::isDigit);
        }
    }

    private WordTokens() {
    }

    public static List<Token> of(String line) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            if (!isWordChar(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean letter = false;
            while (i < line.length() && isWordChar(line.charAt(i))) {
                letter |= Character.isLetter(line.charAt(i)) || isOcrSymbol(line.charAt(i));
                i++;
            }
            tokens.add(new Token(start, i, line.substring(start, i), letter));
        }
        return tokens;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || isOcrSymbol(c);
    }

    private static boolean isOcrSymbol(char c) {
        return c == '€' || c == '¢' || c == '©' || c == '®';
    }
}
