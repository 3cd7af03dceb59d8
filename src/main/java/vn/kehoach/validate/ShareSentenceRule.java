package vn.kehoach.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Block;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.Line;
import vn.kehoach.model.Page;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;
import vn.kehoach.model.Triage;
import vn.kehoach.normalize.VietnameseText;

/**
 * KH-T004: a sentence promising more than 100% of a population ("trên 100% hộ nghèo") promises the
 * impossible. Read from the page text line by line, without accents so that OCR'd text matches.
 */
public final class ShareSentenceRule implements Rule {

    /** "trên N%" with N ≥ 100, followed by who or what the share is of. */
    private static final Pattern OVER_ALL = Pattern.compile(
        "\\btren\\s+(1\\d\\d|[2-9]\\d\\d)\\s*%\\s*(so\\s+)?(ho|nguoi|khau|tre em|hoc sinh|xa|thon|ap|khu pho|gia dinh|benh nhan|doanh nghiep)\\b");

    @Override
    public String id() {
        return "KH-T004";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "No sentence targets more than 100% of a population (\"trên 100% hộ nghèo\").";
    }

    @Override
    public String tolerance() {
        return "Exact. Only \"trên N%\" (N ≥ 100) followed by households, people, children, pupils, communes, villages, "
            + "families, patients or firms, matched without accents within one line.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (Page page : document.pages()) {
            for (Block block : page.blocks()) {
                for (Line line : block.allLines()) {
                    Matcher m = OVER_ALL.matcher(VietnameseText.removeAccents(line.text()).toLowerCase(Locale.ROOT));
                    if (m.find()) {
                        findings.add(finding(page, line, new BigDecimal(m.group(1))));
                    }
                }
            }
        }
        return findings;
    }

    private Finding finding(Page page, Line line, BigDecimal share) {
        int lineNumber = line.provenance().line();
        String vi = "Trang " + page.number() + ", dòng " + lineNumber + ": câu đặt mục tiêu trên " + Numbers.vi(share)
            + "%, một tỷ lệ không thể vượt 100%: «" + line.text().strip() + "».";
        String en = "Page " + page.number() + ", line " + lineNumber + ": the sentence targets more than " + Numbers.en(share)
            + "% of a population, which cannot exceed 100%: \"" + line.text().strip() + "\".";
        Evidence evidence = new Evidence(List.of(new EvidenceValue("câu / sentence", line.text(), share, line.provenance())),
            BigDecimal.valueOf(100), share, BigDecimal.ZERO);
        return new Finding(id(), severity(), vi, en, new FindingLocation(page.number(), null, null, null, null, lineNumber,
            lineNumber), evidence, Triage.SOURCE_INCONSISTENCY, null);
    }
}
