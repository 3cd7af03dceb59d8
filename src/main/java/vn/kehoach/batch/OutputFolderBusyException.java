package vn.kehoach.batch;

import java.io.IOException;
import java.nio.file.Path;

/** Another run holds the output folder's lock: two runs writing one folder would mix their manifests. */
public final class OutputFolderBusyException extends IOException {

    public OutputFolderBusyException(Path outDir) {
        super("another kehoach run is writing to " + outDir + "; wait for it to end or choose another --out");
    }
}
