package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.DocumentKind;
import vn.kehoach.model.Heading;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Table;
import vn.kehoach.pipeline.InputException;

/** Office and plain ingesters behind the real router: the route follows the bytes, never the name. */
class IngestionRoutingTest {

    @TempDir
    Path dir;

    private final Ingestion ingestion = new Ingestion(List.of(new OfficeIngester(), new PlainTextIngester()));

    @Test
    void docxNamedAsTextGoesToTheOfficeIngester() throws Exception {
        PlanDocument document = ingestion.read(OfficeFixtures.write(dir, "x.txt", OfficeFixtures.planDocx()), "x.txt");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", document.source().mediaType());
        assertEquals(DocumentKind.OFFICE, document.source().kind());
        assertEquals(1, document.source().pages());
        assertEquals("KẾ HOẠCH", assertInstanceOf(Heading.class, document.pages().get(0).blocks().get(0)).text());
    }

    @Test
    void encryptedDocxIsEncrypted() throws Exception {
        Path file = OfficeFixtures.write(dir, "secret.docx", OfficeFixtures.encryptedDocx());
        InputException e = assertThrows(InputException.class, () -> ingestion.read(file, "secret.docx"));
        assertEquals(InputException.Reason.ENCRYPTED, e.reason());
        assertEquals("encrypted", e.causeCode());
    }

    @Test
    void odtIsRecognisedByItsPackage() throws Exception {
        PlanDocument document = ingestion.read(OfficeFixtures.write(dir, "plan.bin", OfficeFixtures.planOdt()), "plan.bin");
        assertEquals("application/vnd.oasis.opendocument.text", document.source().mediaType());
        assertEquals(2, assertInstanceOf(Table.class, document.pages().get(0).blocks().get(3)).rows().size());
    }

    @Test
    void xhtmlGoesToTheOfficeIngester() throws Exception {
        String xhtml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head>
            <body><h1>KẾ HOẠCH</h1><p>Thực hiện</p></body></html>
            """;
        PlanDocument document = ingestion.read(OfficeFixtures.write(dir, "plan.txt", xhtml), "plan.txt");
        assertEquals("application/xhtml+xml", document.source().mediaType());
        assertEquals("KẾ HOẠCH", assertInstanceOf(Heading.class, document.pages().get(0).blocks().get(0)).text());
    }

    @Test
    void markdownNamedAsWordGoesToThePlainIngester() throws Exception {
        PlanDocument document = ingestion.read(OfficeFixtures.write(dir, "plan.docx", "## KẾ HOẠCH\n\nThực hiện\n"), "plan.docx");
        assertEquals("text/plain", document.source().mediaType());
        assertEquals(DocumentKind.PLAIN, document.source().kind());
        Heading heading = assertInstanceOf(Heading.class, document.pages().get(0).blocks().get(0));
        assertEquals(2, heading.level());
        assertEquals(1, heading.lines().get(0).provenance().line());
    }
}
