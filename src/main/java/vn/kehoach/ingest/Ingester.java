package vn.kehoach.ingest;

import java.nio.file.Path;
import java.util.List;
import org.apache.tika.mime.MediaType;
import vn.kehoach.model.Page;
import vn.kehoach.pipeline.KehoachException;

/**
 * Reads one family of formats into pages, in the manner of Tika's {@code Parser}: one small
 * contract, one implementation per family, chosen by the content-detected media type.
 */
public interface Ingester {

    /** Whether this ingester reads content of the detected type (parameters such as charset ignored). */
    boolean accepts(MediaType type);

    /**
     * @param file the file to read
     * @param displayName the name to use in errors
     * @return the pages in order, numbered from 1
     */
    List<Page> ingest(Path file, MediaType type, String displayName) throws KehoachException;
}
