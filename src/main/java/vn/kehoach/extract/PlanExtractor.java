package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import vn.kehoach.model.LegalBasis;
import vn.kehoach.model.Line;
import vn.kehoach.model.PlanContent;
import vn.kehoach.model.PlanContent.Funding;
import vn.kehoach.model.PlanContent.PlanItem;
import vn.kehoach.model.PlanContent.Responsibility;
import vn.kehoach.model.PlanContent.Target;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Section;
import vn.kehoach.model.Section.Passage;
import vn.kehoach.model.SectionIndex;
import vn.kehoach.model.SectionRole;
import vn.kehoach.model.SourceSpan;
import vn.kehoach.pipeline.Facet;
import vn.kehoach.pipeline.Stage;

/**
 * Fills in {@link PlanDocument#plan()} from the sections by their roles: objectives, tasks and
 * solutions as items; targets from the sentences (and target headings) of every goal, task or
 * solution section; funding sources and sums; responsibilities of the organization sections; the
 * documents cited inside any section.
 */
public final class PlanExtractor implements Stage {

    /** Roles whose sentences may state quantitative targets. */
    private static final Set<SectionRole> TARGET_ROLES = Set.of(
        SectionRole.OBJECTIVES, SectionRole.TARGETS, SectionRole.TASKS, SectionRole.SOLUTIONS);

    @Override
    public String name() {
        return "extract-plan";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.SECTIONS);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.PLAN);
    }

    @Override
    public PlanDocument apply(PlanDocument document) {
        List<PlanItem> objectives = new ArrayList<>();
        List<PlanItem> tasks = new ArrayList<>();
        List<PlanItem> solutions = new ArrayList<>();
        List<PlanItem> sources = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<PlanContent.Amount> amounts = new ArrayList<>();
        List<Responsibility> responsibilities = new ArrayList<>();
        List<LegalBasis> citations = new ArrayList<>();
        List<Line> body = DocumentLayout.of(document).body().stream().flatMap(u -> u.lines().stream()).toList();
        SectionIndex sectionIndex = SectionIndex.of(document.sections());
        walk(document.sections(), null, (section, parentRole) -> {
            List<PlanItem> items = switch (section.role()) {
                case OBJECTIVES -> objectives;
                case TASKS -> tasks;
                case SOLUTIONS -> solutions;
                case FUNDING -> sources;
                default -> null;
            };
            if (section.role() == SectionRole.TARGETS || section.role() == SectionRole.OBJECTIVES) {
                // "2.1. Mục tiêu tỷ lệ người dân tham gia BHYT đạt 95 %": a heading can be a target itself
                SourceSpan headingLine = new SourceSpan(section.span().page(), section.span().line(), section.span().page(), section.span().line());
                targets.addAll(TargetParser.parse(section.heading(), headingLine));
            }
            for (Passage p : section.passages()) {
                LegalBasisParser.parse(new JoinedText(linesOf(body, p.span()))).forEach(c -> citations.add(
                    c.inSection(sectionIndex.labelAt(p.span().page(), p.span().line()).orElse(null))));
                if (items != null) {
                    items.add(new PlanItem(section.number(), p.text(), p.span()));
                }
                if (TARGET_ROLES.contains(section.role())) {
                    targets.addAll(TargetParser.parse(p.text(), p.span()));
                }
                if (section.role() == SectionRole.FUNDING) {
                    amounts.addAll(MoneyParser.parse(p.text(), p.span()));
                }
            }
            // an organization section inside another is read with its parent, as one of its assignments
            if (section.role() == SectionRole.ORGANIZATION && parentRole != SectionRole.ORGANIZATION) {
                responsibilities.addAll(ResponsibilityParser.parse(section));
            }
        });
        return document.withPlan(new PlanContent(objectives, targets, tasks, solutions, new Funding(sources, amounts), responsibilities,
            citations));
    }

    /** The body lines a passage was read from. */
    private static List<Line> linesOf(List<Line> body, SourceSpan span) {
        return body.stream().filter(l -> span.contains(l.provenance().page(), l.provenance().line())).toList();
    }

    /** Visits every section, parents first, with its parent's role (null at the top). */
    private static void walk(List<Section> sections, SectionRole parentRole, BiConsumer<Section, SectionRole> visit) {
        for (Section s : sections) {
            visit.accept(s, parentRole);
            walk(s.children(), s.role(), visit);
        }
    }
}
