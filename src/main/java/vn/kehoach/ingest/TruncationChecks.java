package vn.kehoach.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.kehoach.pipeline.InputException;

/**
 * Cheap looks at the end of a file that tell a document cut short, which the parsers themselves read
 * leniently (POI falls back to streaming a ZIP without its directory, Tika's RTF parser stops quietly).
 */
final class TruncationChecks {

    private static final int RTF_TAIL = 256;

    private TruncationChecks() {
    }

    /** A ZIP package (DOCX, ODT) keeps its central directory at the very end; without it the file was cut. */
    static void requireZipDirectory(Path file, String displayName) throws InputException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.size();
        } catch (ZipException e) {
            throw new InputException(displayName, InputException.Reason.TRUNCATED,
                "the document's ZIP package is cut short or damaged (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new InputException(displayName, InputException.Reason.UNREADABLE, e.getMessage(), e);
        }
    }

    /** An RTF document closes its outermost group: one not ending in "}" (white space and NULs aside) was cut. */
    static void requireRtfEnd(Path file, String displayName) throws InputException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            int length = (int) Math.min(channel.size(), RTF_TAIL);
            ByteBuffer tail = ByteBuffer.allocate(length);
            channel.position(channel.size() - length);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // read until the buffer is full
            }
            for (int i = length - 1; i >= 0; i--) {
                byte b = tail.get(i);
                if (b == '}') {
                    return;
                }
                if (b > ' ') {
                    break;
                }
            }
        } catch (IOException e) {
            throw new InputException(displayName, InputException.Reason.UNREADABLE, e.getMessage(), e);
        }
        throw new InputException(displayName, InputException.Reason.TRUNCATED,
            "the RTF document is cut short: it does not end with the closing \"}\"");
    }
}
