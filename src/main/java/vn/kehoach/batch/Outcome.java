package vn.kehoach.batch;

import java.nio.file.Path;

/** The result of one input: the file written and, when it failed, the error it reported. */
public record Outcome(InputFile input, Path output, ErrorReport error, int pages, long millis) {

    public boolean ok() {
        return error == null;
    }
}
