package vn.kehoach.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import vn.kehoach.model.Finding;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.pipeline.KehoachException;
import vn.kehoach.pipeline.Pipeline;
import vn.kehoach.validate.ValidateStage;

/**
 * The JSON API: {@code POST /api/extract} (a document, raw or multipart) answers the plan JSON,
 * {@code POST /api/validate} (plan JSON) answers {@code {"findings": [...]}}, {@code GET /api/health}
 * answers the queue's state. Every failure is a JSON error with a status that says whose fault it is.
 */
final class ApiHandler extends Handler.Abstract {

    private final Pipeline pipeline;
    private final ValidateStage validation = new ValidateStage();
    private final WorkQueue queue;
    private final ServiceOptions options;

    ApiHandler(Pipeline pipeline, WorkQueue queue, ServiceOptions options) {
        this.pipeline = pipeline;
        this.queue = queue;
        this.options = options;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object body;
        int status = 200;
        try {
            body = switch (Request.getPathInContext(request)) {
                case "/api/health" -> {
                    require(request, HttpMethod.GET);
                    yield Map.of("status", "ok");
                }
                case "/api/extract" -> {
                    require(request, HttpMethod.POST);
                    yield extract(request);
                }
                case "/api/validate" -> {
                    require(request, HttpMethod.POST);
                    yield validate(request);
                }
                default -> throw new ApiFailure(404, "no-such-endpoint",
                    "no endpoint " + Request.getPathInContext(request) + "; try /api/extract, /api/validate, /api/health");
            };
        } catch (ApiFailure failure) {
            status = failure.status();
            body = error(failure.error(), failure.getMessage());
            if (status == 413) {
                response.getHeaders().put(HttpHeader.CONNECTION, "close"); // what is left of the body is not read
            }
            if (status == 503) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, String.valueOf(WorkQueue.RETRY_AFTER_SECONDS));
            }
        } catch (KehoachException e) {
            ApiFailure failure = ApiFailure.of(e);
            status = failure.status();
            body = error(failure.error(), failure.getMessage());
        }
        writeJson(response, status, body, callback);
        return true;
    }

    private PlanDocument extract(Request request) throws ApiFailure, KehoachException {
        Path dir;
        try {
            dir = Files.createTempDirectory("kehoach-serve-");
        } catch (IOException e) {
            throw new ApiFailure(500, "internal-error", "no room for the upload: " + e.getMessage());
        }
        try {
            Upload upload = Upload.of(request, options.maxBodyBytes(), dir);
            Path file = dir.resolve(upload.name());
            Files.write(file, upload.content());
            return queue.run(() -> pipeline.run(file, upload.name()));
        } catch (IOException e) {
            throw new ApiFailure(500, "internal-error", "the upload could not be stored: " + e.getMessage());
        } finally {
            deleteTree(dir);
        }
    }

    private Map<String, List<Finding>> validate(Request request) throws ApiFailure, KehoachException {
        byte[] body = Upload.body(request, options.maxBodyBytes());
        PlanDocument plan;
        try {
            plan = ModelJson.mapper().readValue(body, PlanDocument.class);
        } catch (IOException e) {
            String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new ApiFailure(400, "invalid-json", "not plan JSON: " + detail.lines().findFirst().orElse(""));
        }
        if (plan.source() == null) {
            throw new ApiFailure(400, "invalid-json", "not plan JSON: no \"source\"");
        }
        return Map.of("findings", queue.run(() -> validation.apply(plan).findings()));
    }

    private static void require(Request request, HttpMethod method) throws ApiFailure {
        if (!method.is(request.getMethod())) {
            throw new ApiFailure(405, "method-not-allowed", request.getMethod() + " not allowed here; use " + method);
        }
    }

    private static Map<String, String> error(String error, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        return body;
    }

    private static void writeJson(Response response, int status, Object body, Callback callback) {
        byte[] bytes;
        try {
            bytes = ModelJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            status = 500;
            bytes = ("{\"error\":\"internal-error\",\"message\":\"result not serializable\"}").getBytes(StandardCharsets.UTF_8);
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the answer matters more
        }
    }
}
