package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.extract.DocumentReferences.Reference;
import vn.kehoach.model.LegalBasis;

/**
 * Every document the preamble cites ("Căn cứ ...", "Thực hiện ..."): type name, number and symbol,
 * date, issuer ("của ...") and subject ("về ..."). A citation's clause runs from its type name to the
 * next citation's type name, a semicolon or the end of the sentence.
 */
final class LegalBasisParser {

    /** How far before a number its type name ("Nghị quyết số ") may stand. */
    private static final int TYPE_REACH = 30;
    /** How far after the symbol its date ("ngày 29/12/2022") may start. */
    private static final int DATE_REACH = 12;
    private static final Pattern OF = Pattern.compile("(?<![\\p{L}])c[uiưt]{1,2}a(?![\\p{L}])");
    private static final Pattern ABOUT = Pattern.compile("(?<![\\p{L}])ve(?![\\p{L}])");
    private static final Pattern CLAUSE_END = Pattern.compile(";|\\.(?=\\s+\\p{Lu})|[.…]+$");
    /** A date OCR made unreadable ("ngày 11/0/2018") still stands between the symbol and "của". */
    private static final Pattern ILLEGIBLE_DATE = Pattern.compile("\\s*ngay\\s+\\S{1,12}\\s*");
    private static final Pattern ISSUER_END = Pattern.compile(",|(?<![\\p{L}])ve(?![\\p{L}])");
    /** "Nghị quyết số 15 ... và Nghị quyết 24 ...": the "và" joins two citations and belongs to neither. */
    private static final Pattern TRAILING_AND = Pattern.compile("\\s+va\\s*$");
    private static final List<Pattern> TYPE_NAMES = DocumentCodes.TYPE_NAMES_LONGEST_FIRST.stream()
        .map(name -> Pattern.compile(OcrText.cue(name))).toList();

    private LegalBasisParser() {
    }

    static List<LegalBasis> parse(List<TextUnit> preamble) {
        List<LegalBasis> bases = new ArrayList<>();
        for (TextUnit unit : preamble) {
            if (unit.kind() != TextUnit.Kind.TABLE) {
                bases.addAll(parse(new JoinedText(unit.lines())));
            }
        }
        return bases;
    }

    /** The citations in one run of text: a preamble paragraph, or a passage of a section. */
    static List<LegalBasis> parse(JoinedText text) {
        List<LegalBasis> bases = new ArrayList<>();
        List<Reference> references = DocumentReferences.findAll(text.text());
        // each citation's type name lies after the previous citation: "Nghị định 12/2020/NĐ-CP, 13/2020/NĐ-CP"
        List<TypeName> types = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            int floor = i == 0 ? 0 : references.get(i - 1).end();
            types.add(typeNameBefore(text.folded(), references.get(i), floor).orElse(null));
        }
        for (int i = 0; i < references.size(); i++) {
            int next = i + 1 < references.size() ? start(types.get(i + 1), references.get(i + 1)) : text.text().length();
            bases.add(basis(text, references.get(i), types.get(i), start(types.get(i), references.get(i)), next));
        }
        return bases;
    }

    private record TypeName(int start, String name) {
    }

    private static int start(TypeName type, Reference r) {
        return type == null ? r.start() : type.start();
    }

    /** The type name nearest before a reference, within reach and after {@code floor}. */
    private static Optional<TypeName> typeNameBefore(String folded, Reference r, int floor) {
        int from = Math.max(floor, r.start() - TYPE_REACH);
        TypeName nearest = null;
        for (int t = 0; t < TYPE_NAMES.size(); t++) {
            Matcher m = TYPE_NAMES.get(t).matcher(folded).region(from, r.start());
            while (m.find()) {
                if (nearest == null || m.start() > nearest.start()) {
                    nearest = new TypeName(m.start(), DocumentCodes.TYPE_NAMES_LONGEST_FIRST.get(t));
                }
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static LegalBasis basis(JoinedText text, Reference r, TypeName typeName, int start, int limit) {
        String folded = text.folded();
        Matcher clauseEnd = CLAUSE_END.matcher(text.text()).region(r.end(), limit);
        int end = clauseEnd.find() ? clauseEnd.start() : limit;
        Matcher conjunction = TRAILING_AND.matcher(folded).region(r.end(), end);
        end = conjunction.find() ? conjunction.start() : end;
        String type = typeName != null ? typeName.name()
            : r.typeAbbreviation() == null ? null : DocumentCodes.typeName(r.typeAbbreviation()).orElse(null);
        Optional<VietnameseDates.Found> date = VietnameseDates.find(folded, r.end(), end)
            .filter(d -> d.start() - r.end() <= DATE_REACH && d.iso().length() == 10);
        int after = date.map(VietnameseDates.Found::end).orElse(r.end());
        String issuer = null;
        Matcher of = OF.matcher(folded).region(after, end);
        if (of.lookingAt() || (of.find() && (folded.substring(after, of.start()).isBlank()
            || date.isEmpty() && ILLEGIBLE_DATE.matcher(folded.substring(after, of.start())).matches()))) {
            Matcher issuerEnd = ISSUER_END.matcher(folded).region(of.end(), end);
            int issuerStop = issuerEnd.find() ? issuerEnd.start() : end;
            issuer = text.slice(of.end(), issuerStop);
            after = issuerStop;
        }
        // the subject follows the issuer: "về ..." or, after a comma, what the cited document does
        Matcher about = ABOUT.matcher(folded).region(after, end);
        int subjectStart = about.find() && folded.substring(after, about.start()).isBlank() ? about.end() : after;
        String subject = text.slice(subjectStart, end).replaceAll("^[,\\s]+", "").replaceAll("^[“\"]|[”\"]$", "");
        String clause = text.slice(start, end);
        double sure = (r.repaired() ? 0.75 : 0.95) * text.confidence(start, end);
        return new LegalBasis(type, r.cited(), r.number(), r.symbol(), date.map(VietnameseDates.Found::iso).orElse(null),
            issuer == null || issuer.isEmpty() ? null : issuer, subject == null || subject.isEmpty() ? null : subject,
            clause, text.span(start, end), sure, null);
    }
}
