package vn.kehoach.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Saves PDFs byte-for-byte reproducibly. */
final class ReproduciblePdf {

    private ReproduciblePdf() {}

    /** PDFBox derives a missing trailer /ID from the clock; a fixed one, from the file name, keeps reruns identical. */
    static void save(PDDocument document, Path pdf) throws IOException {
        COSString id = new COSString(md5(pdf.getFileName().toString()));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        document.save(pdf.toFile());
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
