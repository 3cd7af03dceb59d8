package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page in reading order. Width and height are in points for paged sources and 0 for sources
 * without pages (office files and plain text arrive as one page). {@code textLayer} is set for PDF
 * pages only, {@code ocr} for OCR'd pages only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page(int number, double width, double height, SourceKind kind, List<Block> blocks,
                   TextLayerCheck textLayer, OcrStats ocr) {

    public Page {
        blocks = List.copyOf(blocks);
    }

    public Page withBlocks(List<Block> newBlocks) {
        return new Page(number, width, height, kind, newBlocks, textLayer, ocr);
    }
}
