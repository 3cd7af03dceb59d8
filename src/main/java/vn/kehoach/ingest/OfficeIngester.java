package vn.kehoach.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.extractor.DocumentSelector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;
import vn.kehoach.model.Block;
import vn.kehoach.model.Line;
import vn.kehoach.model.Page;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceKind;
import vn.kehoach.pipeline.InputException;

/**
 * Reads word-processor documents and web pages (DOC, DOCX, ODT, RTF, HTML, XHTML) through Tika's parsers
 * into one page of blocks, keeping headings, list items, paragraphs with their soft line breaks, bold,
 * and tables with merged cells. Embedded objects (pictures, attached sheets) are not read.
 */
public final class OfficeIngester implements Ingester {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeIngester.class);

    private static final Set<MediaType> WORD_XML = Set.of(
        MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
        MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.template"),
        MediaType.application("vnd.ms-word.document.macroenabled.12"),
        MediaType.application("vnd.ms-word.template.macroenabled.12"));
    private static final Set<MediaType> OPEN_DOCUMENT = Set.of(
        MediaType.application("vnd.oasis.opendocument.text"),
        MediaType.application("vnd.oasis.opendocument.text-template"));
    private static final Set<MediaType> HTML = Set.of(MediaType.text("html"), MediaType.application("xhtml+xml"));
    private static final MediaType RTF = MediaType.application("rtf");
    private static final Set<MediaType> OTHERS = Set.of(
        MediaType.application("msword"),
        RTF,
        // What Tika detects for any password-protected OOXML file: accepted so that it is reported as encrypted.
        MediaType.application("x-tika-ooxml-protected"));

    /** Far beyond any plan (a few hundred thousand characters), far below what would exhaust the heap. */
    public static final long DEFAULT_MAX_CHARS = 20_000_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    private final Parser parser = TikaConfig.getDefaultConfig().getParser();
    private final long maxChars;
    private final Duration timeout;

    public OfficeIngester() {
        this(DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT);
    }

    /**
     * @param maxChars the most characters of text a document may have
     * @param timeout the longest time to spend reading one document; checked as the parser emits text,
     *     so it bounds slow parsing, not a parser stuck before its first output
     */
    public OfficeIngester(long maxChars, Duration timeout) {
        this.maxChars = maxChars;
        this.timeout = timeout;
    }

    @Override
    public boolean accepts(MediaType type) {
        MediaType base = type.getBaseType();
        return WORD_XML.contains(base) || OPEN_DOCUMENT.contains(base) || HTML.contains(base) || OTHERS.contains(base);
    }

    @Override
    public List<Page> ingest(Path file, MediaType type, String displayName) throws InputException {
        MediaType base = type.getBaseType();
        if (WORD_XML.contains(base) || OPEN_DOCUMENT.contains(base)) {
            TruncationChecks.requireZipDirectory(file, displayName);
        } else if (base.equals(RTF)) {
            TruncationChecks.requireRtfEnd(file, displayName);
        }
        List<Block> blocks = parse(file, base, displayName);
        if (WORD_XML.contains(base)) {
            try {
                blocks = DocxTableSpans.apply(file, blocks);
            } catch (IOException e) {
                LOG.warn("{}: tables kept without merged cells: {}", displayName, e.getMessage());
            }
        }
        return List.of(new Page(1, 0, 0, SourceKind.OFFICE, numbered(blocks), null, null));
    }

    private List<Block> parse(Path file, MediaType type, String displayName) throws InputException {
        XhtmlBlockBuilder builder = new XhtmlBlockBuilder(HTML.contains(type), new ReadLimits(maxChars, timeout));
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        ParseContext context = new ParseContext();
        // The default mapper drops b/strong, br and the rowspan/colspan attributes of HTML; the identity one keeps them.
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        // Left to itself Tika parses every embedded part and prints its file name as an h1 ("image1.png").
        context.set(DocumentSelector.class, embedded -> false);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, builder, metadata, context);
        } catch (IOException | SAXException | TikaException e) {
            throw failure(e, type, displayName);
        }
        return builder.blocks();
    }

    private static InputException failure(Exception e, MediaType type, String displayName) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ReadLimits.Exceeded) {
                return new InputException(displayName, InputException.Reason.UNREADABLE, t.getMessage(), e);
            }
            if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException) {
                return new InputException(displayName, InputException.Reason.ENCRYPTED,
                    "the document is password-protected", e);
            }
            if (t instanceof EOFException) {
                return new InputException(displayName, InputException.Reason.TRUNCATED,
                    "the document ends before its content does", e);
            }
            root = t;
        }
        String why = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return new InputException(displayName, InputException.Reason.UNREADABLE,
            "cannot read the " + type + " content: " + why, e);
    }

    /** Numbers the lines 1, 2, ... in block order, the reading order of a source without pages. */
    private static List<Block> numbered(List<Block> blocks) {
        int[] next = {1};
        List<Block> result = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            result.add(block.mapLines(line -> new Line(line.text(), line.words(), line.style(),
                new Provenance(SourceKind.OFFICE, 1, next[0]++, null, 1.0))));
        }
        return result;
    }
}
