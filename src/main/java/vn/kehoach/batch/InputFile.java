package vn.kehoach.batch;

import java.nio.file.Path;

/** One input of a batch: where it is and the relative name used for its outputs and in messages. */
public record InputFile(Path path, String relativeName) {
}
