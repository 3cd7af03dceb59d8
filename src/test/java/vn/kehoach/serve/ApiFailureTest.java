package vn.kehoach.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.kehoach.pipeline.InputException;
import vn.kehoach.pipeline.InputException.Reason;
import vn.kehoach.pipeline.StageException;

class ApiFailureTest {

    @Test
    void everyInputCauseIsTheClientsWithItsOwnStatus() {
        Map<Reason, Integer> expected = Map.of(Reason.EMPTY, 400, Reason.NOT_FOUND, 400, Reason.UNSUPPORTED_TYPE, 415,
            Reason.TRUNCATED, 422, Reason.ENCRYPTED, 422, Reason.UNREADABLE, 422,
            Reason.TOO_MANY_PAGES, 413, Reason.TOO_LARGE_IMAGE, 413, Reason.TIMEOUT, 504);
        assertEquals(Reason.values().length, expected.size(), "a status for every cause");
        Arrays.stream(Reason.values()).forEach(reason -> {
            ApiFailure failure = ApiFailure.of(new InputException("a.pdf", reason, "why"));
            assertEquals(expected.get(reason), failure.status(), reason.toString());
            assertEquals(reason.id(), failure.error());
        });
    }

    @Test
    void aBrokenStageIsOurs() {
        assertEquals(500, ApiFailure.of(new StageException("a.pdf", "tables", new IllegalStateException("bug"))).status());
    }
}
