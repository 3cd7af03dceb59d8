package vn.kehoach.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import vn.kehoach.model.Page;
import vn.kehoach.model.SourceKind;
import vn.kehoach.pipeline.InputException;

/**
 * Reads plain text (Markdown and OCR text dumps arrive as text/plain, since detection goes by content) into
 * blocks. A form feed starts a new page, as in the text dumps of paged documents; otherwise all is page 1.
 * Line numbers are the numbers of the lines in the file, whatever page they fall on.
 */
public final class PlainTextIngester implements Ingester {

    private static final Set<String> ACCEPTED = Set.of("text/plain", "text/markdown", "text/x-web-markdown");

    /** Some hundred times a long plan; reading it whole stays well inside the heap. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;

    public PlainTextIngester() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest file to read */
    public PlainTextIngester(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean accepts(MediaType type) {
        return ACCEPTED.contains(type.getBaseType().toString());
    }

    @Override
    public List<Page> ingest(Path file, MediaType type, String displayName) throws InputException {
        String text;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(displayName, InputException.Reason.UNREADABLE,
                    "the text file has " + size + " bytes, more than the " + maxBytes + " this reader takes");
            }
            text = PlainTextDecoder.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(displayName, InputException.Reason.UNREADABLE, e.getMessage(), e);
        }
        List<List<SourceLine>> pages = pages(text);
        List<Page> result = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            result.add(new Page(p + 1, 0, 0, SourceKind.PLAIN, PlainTextBlocks.read(pages.get(p), p + 1), null, null));
        }
        return result;
    }

    /**
     * The lines of each page. A form feed ends a page where it stands, so the rest of its line opens the
     * next page under the same line number; the form feed after the last page of a dump opens no page.
     */
    static List<List<SourceLine>> pages(String text) {
        List<List<SourceLine>> pages = new ArrayList<>();
        List<SourceLine> page = new ArrayList<>();
        pages.add(page);
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String[] pieces = lines[n].split("\f", -1);
            for (int k = 0; k < pieces.length; k++) {
                if (k > 0) {
                    page = new ArrayList<>();
                    pages.add(page);
                }
                page.add(new SourceLine(n + 1, pieces[k]));
            }
        }
        if (pages.size() > 1 && page.stream().allMatch(SourceLine::isBlank)) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }
}
