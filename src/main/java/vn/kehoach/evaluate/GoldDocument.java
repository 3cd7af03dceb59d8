package vn.kehoach.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written gold file ({@code *.gold.json}): the true values of every field in {@link OutputFields#FIELDS}
 * for a document, and the sample {@code files} that hold that document (one document may come as
 * Markdown, DOCX, typed PDF and scan). An empty list says the document has no such value.
 */
public record GoldDocument(Path path, List<String> files, Map<String, List<String>> fields) {

    public static GoldDocument read(Path path) throws IOException {
        JsonNode json = new ObjectMapper().readTree(path.toFile());
        List<String> files = new ArrayList<>();
        json.path("files").forEach(f -> files.add(f.asText()));
        if (files.isEmpty()) {
            throw new IOException(path + ": names no files");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String field : OutputFields.FIELDS) {
            JsonNode values = json.path("fields").path(field);
            if (!values.isArray()) {
                throw new IOException(path + ": field " + field + " missing (an empty list says the document has none)");
            }
            List<String> list = new ArrayList<>();
            values.forEach(v -> list.add(v.asText()));
            fields.put(field, list);
        }
        return new GoldDocument(path, List.copyOf(files), fields);
    }
}
