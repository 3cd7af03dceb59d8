package vn.kehoach.cli;

/** Exit codes, part of the command-line contract (documented in README.md). */
public final class ExitCodes {

    /** Every input was processed. */
    public static final int OK = 0;
    /** Some inputs failed; the others were processed and their outputs written. */
    public static final int SOME_FAILED = 1;
    /** Bad command line: unknown option, missing input, no input files found. */
    public static final int USAGE = 2;
    /** kehoach itself broke (a bug or the environment, e.g. the OCR engine cannot start). */
    public static final int INTERNAL = 3;
    /** {@code validate --fail-on S}: a finding of severity S or worse exists. */
    public static final int FINDINGS = 4;

    private ExitCodes() {
    }
}
