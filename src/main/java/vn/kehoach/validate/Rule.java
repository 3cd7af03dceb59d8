package vn.kehoach.validate;

import java.util.List;
import vn.kehoach.model.Finding;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;

/**
 * One consistency check over an extracted plan, in the manner of an Error Prone or Checkstyle check: a
 * stable id that scripts and suppressions can name, a severity, and a check that never changes the
 * document, only reports on it.
 */
public interface Rule {

    /** Stable id, "KH-T001" for table rules; never reused for another check. */
    String id();

    Severity severity();

    /** One line saying what must hold. */
    String description();

    /** How much the numbers may disagree before the rule reports, and what it leaves alone. */
    String tolerance();

    List<Finding> check(PlanDocument document);
}
