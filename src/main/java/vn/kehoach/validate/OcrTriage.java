package vn.kehoach.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Suggestion;
import vn.kehoach.model.Triage;

/**
 * Decides whom a failed check blames. The scan is blamed when one involved cell was read with low
 * confidence, or when one typical misreading of exactly one involved cell makes the check pass; if
 * misreadings of several different cells would each do, nothing singles out a cell and the source is
 * blamed. The cells themselves are never changed: the reading is only suggested.
 */
final class OcrTriage {

    /** Below this a cell's confidence says the reader itself doubted it (see docs/tables.md). */
    static final double LOW_CONFIDENCE = 0.5;

    /** A check re-run with the {@code index}-th involved cell read as {@code value}. */
    interface Recheck {
        boolean holdsWith(int index, BigDecimal value);
    }

    record Verdict(Triage triage, Suggestion suggestion) {
    }

    private record Candidate(CellRef cell, BigDecimal value) {
    }

    private OcrTriage() {
    }

    static Verdict of(List<CellRef> involved, Recheck recheck) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < involved.size(); i++) {
            Optional<Candidate> first = firstPassingReading(involved.get(i), i, recheck);
            first.ifPresent(candidates::add);
        }
        Optional<CellRef> doubted = involved.stream().filter(r -> r.cell().confidence() < LOW_CONFIDENCE).findFirst();
        if (candidates.size() == 1) {
            return new Verdict(Triage.PROBABLE_OCR_ERROR, suggestion(candidates.get(0)));
        }
        if (doubted.isPresent()) {
            Suggestion onDoubted = candidates.stream().filter(c -> c.cell().equals(doubted.get())).findFirst()
                .map(OcrTriage::suggestion).orElse(null);
            return new Verdict(Triage.PROBABLE_OCR_ERROR, onDoubted);
        }
        return new Verdict(Triage.SOURCE_INCONSISTENCY, null);
    }

    private static Optional<Candidate> firstPassingReading(CellRef ref, int index, Recheck recheck) {
        return OcrReadings.of(ref.cell()).stream().filter(v -> recheck.holdsWith(index, v)).findFirst()
            .map(v -> new Candidate(ref, v));
    }

    private static Suggestion suggestion(Candidate c) {
        return new Suggestion(c.cell().row(), c.cell().column(), c.cell().cell().raw(), c.value());
    }
}
