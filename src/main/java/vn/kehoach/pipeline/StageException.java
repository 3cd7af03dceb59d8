package vn.kehoach.pipeline;

/**
 * An unexpected failure inside a stage, wrapped at the stage boundary so that it names the file and
 * the stage instead of escaping as a bare runtime exception.
 */
public final class StageException extends KehoachException {

    private final String stage;

    public StageException(String file, String stage, Throwable cause) {
        super(file, stage + " failed: " + describe(cause), cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }

    @Override
    public String causeCode() {
        return "internal-error";
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
