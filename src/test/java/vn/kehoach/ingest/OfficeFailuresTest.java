package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.pipeline.InputException;

class OfficeFailuresTest {

    private static final MediaType DOCX =
        MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");

    @TempDir
    Path dir;

    @Test
    void encryptedDocxIsReportedAsEncrypted() throws Exception {
        Path file = OfficeFixtures.write(dir, "secret.docx", OfficeFixtures.encryptedDocx());
        InputException e = assertThrows(InputException.class, () -> new OfficeIngester()
            .ingest(file, MediaType.application("x-tika-ooxml-protected"), "secret.docx"));
        assertEquals(InputException.Reason.ENCRYPTED, e.reason());
        assertEquals("secret.docx: encrypted: the document is password-protected", e.oneLine());
    }

    @Test
    void docxCutInHalfIsTruncated() throws Exception {
        byte[] whole = OfficeFixtures.planDocx();
        Path file = OfficeFixtures.write(dir, "cut.docx", Arrays.copyOf(whole, whole.length / 2));
        InputException e = assertThrows(InputException.class, () -> new OfficeIngester().ingest(file, DOCX, "cut.docx"));
        assertEquals(InputException.Reason.TRUNCATED, e.reason());
        assertTrue(e.getMessage().startsWith("the document's ZIP package is cut short"), e.getMessage());
    }

    @Test
    void docxWithBrokenXmlIsUnreadableWithTheParsersReason() throws Exception {
        Path file = OfficeFixtures.write(dir, "broken.docx", replaceEntry(OfficeFixtures.planDocx(),
            "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"));
        InputException e = assertThrows(InputException.class, () -> new OfficeIngester().ingest(file, DOCX, "broken.docx"));
        assertEquals(InputException.Reason.UNREADABLE, e.reason());
        assertTrue(e.getMessage().startsWith("cannot read the " + DOCX + " content: "), e.getMessage());
        assertTrue(e.getMessage().length() < 300, "one line for people, not a stack trace: " + e.getMessage());
    }

    @Test
    void rtfWithoutItsClosingBraceIsTruncated() throws Exception {
        Path file = OfficeFixtures.write(dir, "cut.rtf", "{\\rtf1\\ansi {\\pard K\\u7870? ho\\u7841?ch\\par}\n{\\pard Th");
        InputException e = assertThrows(InputException.class,
            () -> new OfficeIngester().ingest(file, MediaType.application("rtf"), "cut.rtf"));
        assertEquals(InputException.Reason.TRUNCATED, e.reason());
    }

    @Test
    void documentOverTheWriteLimitIsRefusedNotExhaustingMemory() throws Exception {
        Path file = OfficeFixtures.write(dir, "plan.docx", OfficeFixtures.planDocx());
        InputException e = assertThrows(InputException.class,
            () -> new OfficeIngester(40, Duration.ofMinutes(1)).ingest(file, DOCX, "plan.docx"));
        assertEquals(InputException.Reason.UNREADABLE, e.reason());
        assertEquals("the document has more than 40 characters of text", e.getMessage());
    }

    @Test
    void documentPastTheTimeLimitIsRefused() throws Exception {
        Path file = OfficeFixtures.write(dir, "plan.docx", OfficeFixtures.planDocx());
        InputException e = assertThrows(InputException.class,
            () -> new OfficeIngester(OfficeIngester.DEFAULT_MAX_CHARS, Duration.ZERO).ingest(file, DOCX, "plan.docx"));
        assertEquals(InputException.Reason.UNREADABLE, e.reason());
        assertEquals("reading the document took longer than 0 s", e.getMessage());
    }

    /** The package with one entry's content replaced, the others copied as they are. */
    private static byte[] replaceEntry(byte[] zip, String name, String content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(entry.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
            }
        }
        return out.toByteArray();
    }
}
