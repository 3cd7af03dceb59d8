package vn.kehoach.ingest;

import java.text.Normalizer;

/**
 * Encodes Unicode Vietnamese as text set in a TCVN3 (ABC) ".VnTime" font reads when its bytes are taken
 * as Latin-1, the mojibake legacy-font PDFs carry ("Nghị quyết số" -> "NghÞ quyÕt sè"). Capitals with
 * tone marks share the small letters' codes, as in the .VnTime fonts.
 */
final class Tcvn3 {

    private static final String UNICODE =
        "àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵĂÂÊÔƠƯĐ";
    private static final String TCVN3 =
        "µ¶·¸¹¨»¼½¾Æ©ÇÈÉÊË®ÌÎÏÐÑªÒÓÔÕÖ×ØÜÝÞßáâãä«åæçèé¬êëìíîïñòóô\u00adõö÷øùúûüýþ¡¢£¤¥¦§";

    private Tcvn3() {
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            int i = UNICODE.indexOf(c);
            if (i < 0) {
                i = UNICODE.indexOf(Character.toLowerCase(c));
            }
            out.append(i < 0 ? c : TCVN3.charAt(i));
        }
        return out.toString();
    }
}
