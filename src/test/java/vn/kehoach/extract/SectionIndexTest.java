package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Section;
import vn.kehoach.model.SectionIndex;

/** Which section holds a line, on seed 000 (one page of plain text: line numbers are the dump's lines). */
class SectionIndexTest {

    @Test
    void theSectionOpenAtALine() {
        PlanDocument document = Extraction.cached("seed-000-ocr-dump.txt");
        SectionIndex index = SectionIndex.of(document.sections());
        Section firstTable = document.sections().get(0).children().get(1).children().get(0).children().get(1);
        assertEquals("2.1.2", firstTable.number(), "the table of 2.1.2 Nhiệm vụ và giải pháp");
        int tableLine = document.tables().get(0).rows().get(0).cells().get(0).provenance().line();
        assertEquals(Optional.of("I > 2 > 2.1 > 2.1.2"), index.labelAt(1, tableLine));
        assertEquals(Optional.of(firstTable), index.at(1, tableLine));
        assertEquals(List.of(), index.pathAt(1, 9), "the preamble cites the bases before any heading");
        Section organization = document.sections().get(4);
        assertEquals(Optional.of("V > 8"), index.labelAt(1, organization.span().endLine()));
        assertEquals(Optional.empty(), index.at(1, organization.span().endLine() + 1));
        assertEquals(Optional.of("I"), index.labelAt(1, document.sections().get(0).span().line()));
    }
}
