package vn.kehoach.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.kehoach.cli.Pipelines;
import vn.kehoach.model.ModelJson;
import vn.kehoach.testing.Schemas;

/**
 * The service over real HTTP on loopback, with the full pipeline: extraction of raw and multipart
 * uploads, validation of plan JSON, and each refusal with its status and JSON error.
 */
@Tag("ocr")
class ServiceTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    static Pipelines pipelines;
    static KehoachServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        pipelines = Pipelines.standard(false);
        server = KehoachServer.start(pipelines.full(), options(2, 4, 50_000_000, MINUTE));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        pipelines.close();
    }

    @Test
    void healthAnswersOnLoopback() throws Exception {
        HttpResponse<String> response = get(server, "api/health");
        assertEquals(200, response.statusCode());
        assertEquals("ok", json(response).path("status").asText());
        assertEquals("127.0.0.1", server.uri().getHost());
    }

    @Test
    void extractsARawBodyAndValidatesTheResult() throws Exception {
        HttpResponse<String> extracted = post(server, "api/extract?name=seed-000-ocr-dump.txt",
            HttpRequest.BodyPublishers.ofFile(SAMPLES.resolve("seed-000-ocr-dump.txt")), "text/plain");
        assertEquals(200, extracted.statusCode(), extracted.body());
        assertTrue(extracted.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        JsonNode plan = json(extracted);
        assertEquals(java.util.Set.of(), Schemas.planViolations(plan), "the plan JSON follows the schema");
        assertEquals("seed-000-ocr-dump.txt", plan.path("source").path("file").asText());
        assertEquals("plain", plan.path("source").path("kind").asText());
        List<String> found = new ArrayList<>();
        plan.path("findings").forEach(f -> found.add(f.path("ruleId").asText()));
        assertTrue(found.contains("KH-T001"), "seed 000's total that does not add up: " + found);

        HttpResponse<String> validated = post(server, "api/validate",
            HttpRequest.BodyPublishers.ofString(extracted.body()), "application/json");
        assertEquals(200, validated.statusCode(), validated.body());
        JsonNode list = json(validated).path("findings");
        List<String> revalidated = new ArrayList<>();
        list.forEach(f -> revalidated.add(f.path("ruleId").asText()));
        assertEquals(found, revalidated, "validation over the JSON finds what extraction found");
        for (JsonNode finding : list) {
            assertEquals(java.util.Set.of(), Schemas.findingViolations(finding));
        }
    }

    @Test
    void extractsTheFilePartOfAMultipartForm() throws Exception {
        byte[] docx = Files.readAllBytes(SAMPLES.resolve("seed-003.docx"));
        String boundary = "kehoach-" + System.nanoTime();
        byte[] body = concat(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nxem giúp\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kế-hoạch.docx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8),
            docx, ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = post(server, "api/extract", HttpRequest.BodyPublishers.ofByteArray(body),
            "multipart/form-data; boundary=" + boundary);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode plan = json(response);
        assertEquals("kế-hoạch.docx", plan.path("source").path("file").asText());
        assertEquals("office", plan.path("source").path("kind").asText());
        assertEquals("Kế hoạch", plan.path("document").path("type").path("value").asText());
    }

    @Test
    void garbageGetsA4xxJsonError() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        HttpResponse<String> extract = post(server, "api/extract", HttpRequest.BodyPublishers.ofByteArray(noise),
            "application/octet-stream");
        assertEquals(415, extract.statusCode(), extract.body());
        assertEquals("unsupported-type", json(extract).path("error").asText());
        assertTrue(json(extract).path("message").asText().length() > 0);

        HttpResponse<String> validate = post(server, "api/validate", HttpRequest.BodyPublishers.ofString("{\"schemaVersion\": [1,"),
            "application/json");
        assertEquals(400, validate.statusCode());
        assertEquals("invalid-json", json(validate).path("error").asText());

        HttpResponse<String> empty = post(server, "api/extract", HttpRequest.BodyPublishers.noBody(), "application/pdf");
        assertEquals(400, empty.statusCode());
        assertEquals("empty-file", json(empty).path("error").asText());

        assertEquals("no-such-endpoint", json(get(server, "api/nothing")).path("error").asText());
        HttpResponse<String> wrongMethod = get(server, "api/extract");
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("method-not-allowed", json(wrongMethod).path("error").asText());
    }

    @Test
    void tooLargeBodiesGet413WithOrWithoutALength() throws Exception {
        try (KehoachServer small = KehoachServer.start(pipelines.full(), options(1, 1, 100_000, MINUTE))) {
            byte[] scan = Files.readAllBytes(SAMPLES.resolve("seed-003-scan.pdf"));
            // Not Expect: 100-continue: JDK 17's client waits forever when the answer is not 100 (JDK-8286171).
            List<HttpRequest> requests = List.of(
                // declared length, body sent at once
                request(small, "api/extract").POST(HttpRequest.BodyPublishers.ofByteArray(scan)).build(),
                // chunked: no length, the size shows only by running over
                request(small, "api/extract").POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(scan)))
                    .build());
            for (HttpRequest request : requests) {
                for (int attempt = 0; attempt < 3; attempt++) { // an early answer must never race the upload
                    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                    assertEquals(413, response.statusCode(), request.headers().toString());
                    assertEquals("too-large", json(response).path("error").asText());
                }
            }
        }
    }

    @Test
    void fullQueueAnswers503WithRetryAfter() throws Exception {
        byte[] page = Files.readAllBytes(SAMPLES.resolve("seed-003-page1.png"));
        try (KehoachServer tiny = KehoachServer.start(pipelines.full(), options(1, 1, 50_000_000, MINUTE))) {
            List<CompletableFuture<HttpResponse<String>>> requests = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                requests.add(HTTP.sendAsync(request(tiny, "api/extract").header("Content-Type", "image/png")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(page)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            List<HttpResponse<String>> responses = requests.stream().map(CompletableFuture::join).toList();
            List<HttpResponse<String>> refused = responses.stream().filter(r -> r.statusCode() == 503).toList();
            long done = responses.stream().filter(r -> r.statusCode() == 200).count();
            assertTrue(refused.size() >= 3, "one worker and one place in the queue: at most two of five accepted");
            assertTrue(done >= 1, "accepted work is done: " + responses.stream().map(HttpResponse::statusCode).toList());
            assertEquals(5, refused.size() + done);
            for (HttpResponse<String> r : refused) {
                assertEquals(String.valueOf(WorkQueue.RETRY_AFTER_SECONDS), r.headers().firstValue("retry-after").orElse(null));
                assertEquals("busy", json(r).path("error").asText());
            }
        }
    }

    @Test
    void slowWorkGets504() throws Exception {
        try (KehoachServer hasty = KehoachServer.start(pipelines.full(), options(1, 1, 50_000_000, Duration.ofMillis(300)))) {
            HttpResponse<String> response = post(hasty, "api/extract",
                HttpRequest.BodyPublishers.ofFile(SAMPLES.resolve("seed-003-page1.png")), "image/png");
            assertEquals(504, response.statusCode());
            assertEquals("timeout", json(response).path("error").asText());
        }
    }

    private static ServiceOptions options(int workers, int queue, long maxBody, Duration timeout) {
        return new ServiceOptions("127.0.0.1", 0, workers, queue, maxBody, timeout);
    }

    private static HttpRequest.Builder request(KehoachServer target, String path) {
        return HttpRequest.newBuilder(target.uri().resolve(path)).timeout(Duration.ofMinutes(3));
    }

    private static HttpResponse<String> get(KehoachServer target, String path) throws Exception {
        return HTTP.send(request(target, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(KehoachServer target, String path, HttpRequest.BodyPublisher body,
                                             String contentType) throws Exception {
        return HTTP.send(request(target, path).header("Content-Type", contentType).POST(body).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"),
            "JSON whatever the status: " + response.statusCode());
        return ModelJson.mapper().readTree(response.body());
    }

    private static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] p : parts) {
            size += p.length;
        }
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
