package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.Line;
import vn.kehoach.model.Page;
import vn.kehoach.pipeline.InputException;
import vn.kehoach.pipeline.KehoachException;

/** Broken and protected PDFs are refused with the reason and the cause in one line. */
class PdfInputErrorsTest {

    private static final MediaType PDF = MediaType.application("pdf");

    @TempDir
    static Path dir;
    static Path typed;
    static OcrEngines engines;
    static PdfIngester ingester;

    @BeforeAll
    static void setUp() throws IOException {
        typed = dir.resolve("typed.pdf");
        Fixtures.typedPdf(Fixtures.PLAN, typed);
        engines = new OcrEngines(Path.of("/nonexistent"), "vie"); // no page here needs OCR
        ingester = new PdfIngester(engines, false);
    }

    @AfterAll
    static void tearDown() {
        engines.close();
    }

    @Test
    void userPasswordIsReportedAsEncrypted() throws IOException {
        Path pdf = protect("user-secret", "owner-secret", "encrypted.pdf");
        InputException e = assertThrows(InputException.class, () -> ingester.ingest(pdf, PDF, "encrypted.pdf"));
        assertEquals(InputException.Reason.ENCRYPTED, e.reason());
        assertTrue(e.getMessage().contains("password-protected"), e.getMessage());
        assertEquals("encrypted.pdf: encrypted: " + e.getMessage(), e.oneLine());
    }

    @Test
    void ownerPasswordAloneDoesNotStopReading() throws IOException, KehoachException {
        Path pdf = protect("", "owner-secret", "restricted.pdf");
        List<Page> pages = ingester.ingest(pdf, PDF, "restricted.pdf");
        assertEquals(Fixtures.planTexts(), pages.get(0).blocks().stream()
            .flatMap(b -> b.allLines().stream()).map(Line::text).toList());
    }

    @Test
    void firstHalfOfAPdfIsTruncated() throws IOException {
        byte[] whole = Files.readAllBytes(typed);
        Path half = Files.write(dir.resolve("half.pdf"), Arrays.copyOf(whole, whole.length / 2));
        InputException e = assertThrows(InputException.class, () -> ingester.ingest(half, PDF, "half.pdf"));
        assertEquals(InputException.Reason.TRUNCATED, e.reason());
        assertTrue(e.getMessage().startsWith("the PDF is cut short (no %%EOF at its end): "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void completeButCorruptPdfIsUnreadable() throws IOException {
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + noise.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(noise, 0, bytes, head.length, noise.length);
        System.arraycopy(tail, 0, bytes, head.length + noise.length, tail.length);
        Path corrupt = Files.write(dir.resolve("corrupt.pdf"), bytes);
        InputException e = assertThrows(InputException.class, () -> ingester.ingest(corrupt, PDF, "corrupt.pdf"));
        assertEquals(InputException.Reason.UNREADABLE, e.reason());
        assertEquals(1, e.getMessage().lines().count());
        assertTrue(!e.getMessage().isBlank());
    }

    private static Path protect(String userPassword, String ownerPassword, String name) throws IOException {
        Path out = dir.resolve(name);
        try (PDDocument document = Loader.loadPDF(typed.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out.toFile());
        }
        return out;
    }
}
