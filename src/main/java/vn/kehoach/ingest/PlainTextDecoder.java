package vn.kehoach.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Decodes a text file: a byte-order mark decides and is dropped; otherwise text that is valid UTF-8 is
 * UTF-8 (the encoding of nearly every Vietnamese text made this century, and one that random legacy bytes
 * almost never pass as); otherwise Tika's encoding detectors guess, and windows-1258, the Vietnamese
 * Windows code page, is the last resort.
 */
final class PlainTextDecoder {

    private static final Charset LAST_RESORT = Charset.forName("windows-1258");
    private static final EncodingDetector DETECTOR = TikaConfig.getDefaultConfig().getEncodingDetector();

    private PlainTextDecoder() {
    }

    static String decode(byte[] bytes) throws IOException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        } catch (CharacterCodingException notUtf8) {
            Charset detected = DETECTOR.detect(new ByteArrayInputStream(bytes), new Metadata());
            return new String(bytes, detected != null ? detected : LAST_RESORT);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
