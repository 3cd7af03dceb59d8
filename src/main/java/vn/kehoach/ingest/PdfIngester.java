package vn.kehoach.ingest;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.mime.MediaType;
import vn.kehoach.model.Box;
import vn.kehoach.model.Line;
import vn.kehoach.model.Page;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.TextLayerCheck;
import vn.kehoach.model.TextLayerCheck.Decision;
import vn.kehoach.model.TextStyle;
import vn.kehoach.pipeline.InputException;
import vn.kehoach.pipeline.Interruption;
import vn.kehoach.pipeline.KehoachException;

/**
 * Reads PDFs with PDFBox: each page from its text layer when that is real Vietnamese text (or a
 * legacy-font encoding of it), else by OCR of the page image: pages without text, scans carrying only
 * a stray line of text, and pages whose layer is garbage such as an old English-model OCR (unless
 * {@code keepGarbageTextLayer}). Every page records the check and the decision.
 */
public final class PdfIngester implements Ingester {

    private static final MediaType PDF = MediaType.application("pdf");

    private final OcrEngines ocr;
    private final boolean keepGarbageTextLayer;
    private final DocumentLimits limits;

    public PdfIngester(OcrEngines ocr, boolean keepGarbageTextLayer) {
        this(ocr, keepGarbageTextLayer, DocumentLimits.DEFAULTS);
    }

    public PdfIngester(OcrEngines ocr, boolean keepGarbageTextLayer, DocumentLimits limits) {
        this.ocr = ocr;
        this.keepGarbageTextLayer = keepGarbageTextLayer;
        this.limits = limits;
    }

    @Override
    public boolean accepts(MediaType type) {
        return type.getBaseType().equals(PDF);
    }

    @Override
    public List<Page> ingest(Path file, MediaType type, String displayName) throws KehoachException {
        // Loading from the file reads objects on demand instead of holding the whole file in the heap.
        try (PDDocument document = load(file, displayName)) {
            limits.checkPages(document.getNumberOfPages(), displayName); // before reading any page
            List<List<Line>> textLayers = readTextLayers(document, displayName);
            PDFRenderer renderer = new PDFRenderer(document);
            // PDFBox is not thread-safe: pages are rendered here, one after the other, and OCR'd on the pool.
            try (PageCollector pages = new PageCollector(ocr, displayName)) {
                for (int i = 0; i < document.getNumberOfPages(); i++) {
                    Interruption.check(displayName, "ingest");
                    try {
                        addPage(pages, document.getPage(i), i, textLayers.get(i), renderer, displayName);
                    } catch (IOException | IllegalArgumentException e) {
                        throw new InputException(displayName, InputException.Reason.UNREADABLE,
                            "page " + (i + 1) + ": " + oneLine(e), e);
                    }
                }
                return pages.pages();
            }
        } catch (IOException e) {
            throw new InputException(displayName, InputException.Reason.UNREADABLE, oneLine(e), e);
        }
    }

    private static PDDocument load(Path file, String displayName) throws InputException {
        try {
            return Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new InputException(displayName, InputException.Reason.ENCRYPTED,
                "password-protected: the PDF cannot be opened without its password", e);
        } catch (IOException e) {
            if (!endsWithEofMarker(file)) {
                throw new InputException(displayName, InputException.Reason.TRUNCATED,
                    "the PDF is cut short (no %%EOF at its end): " + oneLine(e), e);
            }
            throw new InputException(displayName, InputException.Reason.UNREADABLE, oneLine(e), e);
        }
    }

    private static List<List<Line>> readTextLayers(PDDocument document, String displayName) throws InputException {
        try {
            return TextLayerReader.read(document);
        } catch (IOException | RuntimeException e) {
            // PDFBox parses objects lazily: a cut file often fails only here.
            throw new InputException(displayName, InputException.Reason.UNREADABLE,
                "cannot read the text layer: " + oneLine(e), e);
        }
    }

    private void addPage(PageCollector pages, PDPage pdPage, int index, List<Line> lines, PDFRenderer renderer,
                         String displayName) throws IOException, KehoachException {
        int number = index + 1;
        Box pageBox = pageBox(pdPage);
        String text = lines.stream().map(Line::text).collect(Collectors.joining("\n"));
        TextLayerJudge.Verdict verdict = TextLayerJudge.judge(text, dominantFont(lines));
        Decision decision = decide(verdict, lines, pdPage);
        TextLayerCheck check = new TextLayerCheck(verdict.tokens(), verdict.validShare(), verdict.markedShare(),
            verdict.outcome() == TextLayerJudge.Outcome.GARBAGE, decision);
        if (decision == Decision.NO_TEXT_LAYER_OCR || decision == Decision.GARBAGE_REOCR) {
            pages.addOcr(PageImages.forOcr(pdPage, index, renderer, pageBox, limits, displayName), number, pageBox, check);
        } else {
            pages.add(new Page(number, pageBox.width(), pageBox.height(), SourceKind.TEXT_LAYER, TextBlocks.group(lines),
                check, null));
        }
    }

    private Decision decide(TextLayerJudge.Verdict verdict, List<Line> lines, PDPage page) throws IOException {
        return switch (verdict.outcome()) {
            case VIETNAMESE -> Decision.TEXT_LAYER_KEPT;
            case LEGACY_ENCODING -> Decision.LEGACY_ENCODING_KEPT;
            case GARBAGE -> keepGarbageTextLayer ? Decision.GARBAGE_KEPT : Decision.GARBAGE_REOCR;
            // A scan stamped with a page number or a signature line is still a scan.
            case TOO_FEW_TOKENS -> lines.isEmpty() || PageImages.isScan(page)
                ? Decision.NO_TEXT_LAYER_OCR : Decision.TEXT_LAYER_KEPT;
        };
    }

    /** The font most lines are set in: a legacy font's name (".VnTime") is a hint to its encoding. */
    private static String dominantFont(List<Line> lines) {
        return lines.stream().map(Line::style).filter(Objects::nonNull).map(TextStyle::fontName).filter(Objects::nonNull)
            .collect(Collectors.groupingBy(f -> f, Collectors.counting())).entrySet().stream()
            .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The visible page (crop box, which defaults to the media box) as displayed, rotation applied. */
    private static Box pageBox(PDPage page) {
        PDRectangle crop = page.getCropBox();
        boolean sideways = page.getRotation() % 180 != 0;
        return new Box(0, 0, sideways ? crop.getHeight() : crop.getWidth(), sideways ? crop.getWidth() : crop.getHeight());
    }

    /** Whether %%EOF appears in the last KiB, where every complete PDF has it. */
    private static boolean endsWithEofMarker(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] tail = new byte[(int) Math.min(1024, in.length())];
            in.seek(in.length() - tail.length);
            in.readFully(tail);
            return new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException e) {
            return false;
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
