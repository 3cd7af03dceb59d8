package vn.kehoach.serve;

import vn.kehoach.pipeline.InputException;
import vn.kehoach.pipeline.KehoachException;

/**
 * A request that cannot be answered with a result: the HTTP status and the JSON error body
 * {@code {"error": cause, "message": ...}}, whose causes extend those of {@code .error.json}.
 */
final class ApiFailure extends Exception {

    private final int status;
    private final String error;

    ApiFailure(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    /** A pipeline failure: a bad input is the client's (4xx), a broken stage ours (500). */
    static ApiFailure of(KehoachException e) {
        int status = e instanceof InputException input ? switch (input.reason()) {
            case EMPTY, NOT_FOUND -> 400;
            case UNSUPPORTED_TYPE -> 415;
            case TRUNCATED, ENCRYPTED, UNREADABLE -> 422;
            case TOO_MANY_PAGES, TOO_LARGE_IMAGE -> 413;
            case TIMEOUT -> 504;
        } : 500;
        return new ApiFailure(status, e.causeCode(), e.getMessage());
    }
}
