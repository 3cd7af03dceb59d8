package vn.kehoach.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.kehoach.model.Section;
import vn.kehoach.model.Section.Passage;
import vn.kehoach.model.SectionRole;
import vn.kehoach.model.SourceSpan;

/**
 * Builds the section tree from the body's units. A numbered unit opens a section when it reads as a
 * heading: Roman numerals and "Phần" always; "1.", "2.1.", "a)" when short and unpunctuated, or when
 * a short label ends in a colon ("1. Đối tượng: hộ nghèo ..." is a heading with its text). Longer
 * numbered sentences ("2. Giao Đoàn Thanh niên chủ trì ...") are numbered passages of the open section.
 */
final class SectionTreeBuilder {

    /** Longest heading without a colon, in words; longer numbered text is a sentence. */
    private static final int HEADING_WORDS = 25;
    /** Longest label before a colon that still makes a heading. */
    private static final int LABEL_WORDS = 30;
    private static final Pattern BULLET = Pattern.compile("^([-–•+*])\\s*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.;:!?…\"”)]\\s*$");

    private final Deque<Draft> open = new ArrayDeque<>();
    private final List<Draft> roots = new ArrayList<>();

    /** The tree of the body; units before the first heading (the preamble) are left out. */
    static List<Section> build(List<TextUnit> body) {
        SectionTreeBuilder builder = new SectionTreeBuilder();
        body.forEach(builder::add);
        return builder.roots.stream().map(Draft::toSection).toList();
    }

    /** The body units before the first section heading: the preamble that cites the plan's bases. */
    static List<TextUnit> preamble(List<TextUnit> body) {
        List<TextUnit> preamble = new ArrayList<>();
        for (TextUnit unit : body) {
            if (heading(unit).isPresent()) {
                break;
            }
            preamble.add(unit);
        }
        return preamble;
    }

    private void add(TextUnit unit) {
        if (unit.kind() == TextUnit.Kind.TABLE) {
            return;
        }
        Optional<HeadingSplit> heading = heading(unit);
        if (heading.isPresent()) {
            open(heading.get(), unit);
        } else if (!open.isEmpty()) {
            addPassage(open.peek().passages, passage(unit));
        }
    }

    /**
     * A paragraph without a marker after a passage that stops mid-sentence continues it: a page or
     * column break split one item ("... Quyết định số 289-QĐ/TU ngày 27/5/2016 về ban hành" / "Chương trình ...").
     */
    private static void addPassage(List<Passage> passages, Passage next) {
        if (next.marker() == null && !passages.isEmpty() && !ENDS_SENTENCE.matcher(passages.get(passages.size() - 1).text()).find()) {
            Passage previous = passages.remove(passages.size() - 1);
            passages.add(new Passage(previous.marker(), previous.text() + " " + next.text(), previous.span().union(next.span())));
        } else {
            passages.add(next);
        }
    }

    private void open(HeadingSplit heading, TextUnit unit) {
        while (!open.isEmpty() && open.peek().numbering.rank() >= heading.numbering.rank()) {
            open.pop();
        }
        Draft parent = open.peek();
        List<Draft> siblings = parent == null ? roots : parent.children;
        SectionNumbering numbering = siblings.isEmpty() ? heading.numbering
            : heading.numbering.after(siblings.get(siblings.size() - 1).numbering);
        SectionRole role = SectionRoles.of(heading.heading, parent == null ? null : parent.role);
        Draft draft = new Draft(numbering, heading.heading, role, unit.span());
        if (!heading.text.isEmpty()) {
            draft.passages.add(new Passage(null, heading.text, unit.span()));
        }
        siblings.add(draft);
        open.push(draft);
    }

    private static Passage passage(TextUnit unit) {
        String text = clean(unit.text());
        Optional<SectionNumbering> numbering = SectionNumbering.parse(text);
        Matcher bullet = BULLET.matcher(text);
        String marker = numbering.map(SectionNumbering::printed).orElse(bullet.find() ? bullet.group(1) : null);
        return new Passage(marker, text, unit.span());
    }

    private record HeadingSplit(SectionNumbering numbering, String heading, String text) {
    }

    private static Optional<HeadingSplit> heading(TextUnit unit) {
        if (unit.kind() == TextUnit.Kind.TABLE) {
            return Optional.empty();
        }
        List<String> lines = unit.lines().stream().map(l -> clean(l.text())).toList();
        Optional<SectionNumbering> outer = SectionNumbering.parse(lines.get(0)).filter(n -> n.rank() <= SectionNumbering.ROMAN);
        if (outer.isPresent()) {
            // an outer heading is set in capitals: wrapped lines in capitals continue it, a line in running case opens the body
            int end = 1;
            while (end < lines.size() && isCapitals(lines.get(end))) {
                end++;
            }
            String heading = String.join(" ", lines.subList(0, end)).substring(lines.get(0).length() - outer.get().rest().length());
            String body = String.join(" ", lines.subList(end, lines.size()));
            int colon = heading.indexOf(':');
            return Optional.of(colon > 0
                ? new HeadingSplit(outer.get(), heading.substring(0, colon).strip(), (heading.substring(colon + 1) + " " + body).strip())
                : new HeadingSplit(outer.get(), heading.strip(), body));
        }
        String text = clean(unit.text());
        return SectionNumbering.parse(text).filter(n -> n.rank() > SectionNumbering.ROMAN).flatMap(n -> split(n, text));
    }

    /** A numbered item is a heading when it is a short label, alone or before a colon; else it is a sentence. */
    private static Optional<HeadingSplit> split(SectionNumbering numbering, String text) {
        String rest = numbering.rest();
        int colon = rest.indexOf(':');
        if (colon > 0 && words(rest.substring(0, colon)) <= LABEL_WORDS) {
            return Optional.of(new HeadingSplit(numbering, rest.substring(0, colon).strip(), rest.substring(colon + 1).strip()));
        }
        if (words(rest) <= HEADING_WORDS && !rest.matches(".*[.;!?…]$")) {
            return Optional.of(new HeadingSplit(numbering, rest.strip(), ""));
        }
        return Optional.empty();
    }

    private static boolean isCapitals(String line) {
        return line.chars().anyMatch(Character::isLetter) && line.equals(line.toUpperCase(Locale.ROOT));
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** Markdown emphasis and heading marks are layout, not text. */
    private static String clean(String text) {
        return text.replaceAll("\\*\\*|__|^#+\\s*", "").strip();
    }

    /** A section while its body is still being read. */
    private static final class Draft {
        final SectionNumbering numbering;
        final String heading;
        final SectionRole role;
        final SourceSpan headingSpan;
        final List<Passage> passages = new ArrayList<>();
        final List<Draft> children = new ArrayList<>();

        Draft(SectionNumbering numbering, String heading, SectionRole role, SourceSpan headingSpan) {
            this.numbering = numbering;
            this.heading = heading;
            this.role = role;
            this.headingSpan = headingSpan;
        }

        Section toSection() {
            List<Section> done = children.stream().map(Draft::toSection).toList();
            SourceSpan span = headingSpan;
            for (Passage p : passages) {
                span = span.union(p.span());
            }
            for (Section child : done) {
                span = span.union(child.span());
            }
            String text = passages.stream().map(Passage::text).collect(Collectors.joining("\n"));
            return new Section(numbering.printed(), heading, role, text, passages, span, done);
        }
    }
}
