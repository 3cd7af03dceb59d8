package vn.kehoach.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import vn.kehoach.model.ModelJson;

/** The model's JSON configuration, one value a line (JSON Lines): no indentation, newline-terminated UTF-8. */
final class JsonLines {

    private static final ObjectWriter WRITER = ModelJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
    /** Lines written by a later version may carry fields this one does not know. */
    private static final ObjectReader READER = ModelJson.mapper().reader()
        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonLines() {
    }

    static byte[] line(Object value) throws JsonProcessingException {
        return (WRITER.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static <T> T read(String line, Class<T> type) throws JsonProcessingException {
        return READER.forType(type).readValue(line);
    }
}
