package vn.kehoach.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * A request body as sent: either the document itself, or a multipart/form-data form whose file part
 * (the one with a file name, else the part named "file", else the first) is the document. The body
 * is read up to the size limit and no further; its name is the part's file name or {@code ?name=}.
 */
record Upload(String name, byte[] content) {

    private static final String DEFAULT_NAME = "upload";
    /** Most of a refused body read and dropped; a larger one is cut off with the connection. */
    static final long DRAIN_LIMIT = 64L << 20;

    /**
     * The body, refused with 413 when it is larger than {@code maxBytes}. Before refusing, the rest of a
     * body already on its way is read and dropped (up to {@link #DRAIN_LIMIT}): a server that closes
     * while the client still sends makes the client see a reset instead of the 413. A client that sent
     * {@code Expect: 100-continue} (curl does for large bodies) waits for the answer and sends nothing.
     */
    static byte[] body(Request request, long maxBytes) throws ApiFailure {
        long declared = request.getLength();
        boolean waitsForContinue = request.getHeaders().contains(HttpHeader.EXPECT, "100-continue");
        int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (declared > maxBytes) {
                if (!waitsForContinue) {
                    drain(in);
                }
                throw tooLarge(declared, maxBytes);
            }
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                drain(in);
                throw tooLarge(-1, maxBytes); // a chunked body gives its size away only by running over
            }
            return body;
        } catch (IOException e) {
            throw new ApiFailure(400, "bad-request", "request body could not be read: " + e.getMessage());
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long left = DRAIN_LIMIT;
        for (int n; left > 0 && (n = in.read(buffer)) > 0; ) {
            left -= n;
        }
    }

    static Upload of(Request request, long maxBytes, Path spillDir) throws ApiFailure {
        byte[] body = body(request, maxBytes);
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String queryName = Request.extractQueryParameters(request).getValue("name");
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            return new Upload(fileName(queryName), body);
        }
        MultiPartConfig config = new MultiPartConfig.Builder().location(spillDir).maxParts(16)
            .maxSize(maxBytes).maxPartSize(maxBytes).maxMemoryPartSize(maxBytes).build();
        try (MultiPartFormData.Parts parts = MultiPartFormData.getParts(Content.Source.from(ByteBuffer.wrap(body)),
            request, contentType, config)) {
            MultiPart.Part part = filePart(parts);
            if (part == null) {
                throw new ApiFailure(400, "bad-request", "multipart body without any part");
            }
            ByteBuffer content = Content.Source.asByteBuffer(part.getContentSource());
            byte[] bytes = new byte[content.remaining()];
            content.get(bytes);
            return new Upload(fileName(part.getFileName() != null ? part.getFileName() : queryName), bytes);
        } catch (IOException | RuntimeException e) {
            throw new ApiFailure(400, "bad-request", "malformed multipart body: " + e.getMessage());
        }
    }

    private static MultiPart.Part filePart(MultiPartFormData.Parts parts) {
        for (MultiPart.Part part : parts) {
            if (part.getFileName() != null && !part.getFileName().isBlank()) {
                return part;
            }
        }
        MultiPart.Part named = parts.getFirst("file");
        return named != null ? named : parts.size() > 0 ? parts.get(0) : null;
    }

    /** The last segment of a client-given name, so that it can never point outside the upload folder. */
    private static String fileName(String given) {
        if (given == null) {
            return DEFAULT_NAME;
        }
        String last = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
            .replaceAll("[\\x00-\\x1f]", "").strip();
        return last.isEmpty() || last.equals(".") || last.equals("..") ? DEFAULT_NAME : last;
    }

    private static ApiFailure tooLarge(long declared, long maxBytes) {
        return new ApiFailure(413, "too-large", "request body " + (declared >= 0 ? "of " + declared + " bytes " : "")
            + "exceeds the limit of " + maxBytes + " bytes");
    }
}
