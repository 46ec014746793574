package org.kulisse.core.internal.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.kulisse.core.interop.MoodleCsv;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Writes the Moodle competency framework CSV. */
public final class MoodleExport {
    /** Two-value scale; the configuration marks the first as default and the second as proficient. */
    static final String SCALE_VALUES = "Not yet competent,Competent";
    static final String SCALE_CONFIGURATION =
            "[{\"scaleid\":\"1\"},{\"id\":1,\"scaledefault\":1,\"proficient\":0},"
                    + "{\"id\":2,\"scaledefault\":0,\"proficient\":1}]";
    static final String TAXONOMY = "competency,competency,competency";

    private static final CsvMapper MAPPER = new CsvMapper();

    private MoodleExport() {
    }

    public static String write(CompetenceFramework f, String language) {
        Map<String, String> idNumbers = idNumbers(f);
        List<String[]> rows = new ArrayList<>();
        rows.add(MoodleCsv.HEADER.toArray(String[]::new));

        Element fw = Descriptions.wrapper().attr("data-kulisse-kind", "framework").attr("data-kulisse-id", f.id());
        Descriptions.texts(fw, f.title());
        fw.attr("data-kulisse-languages", String.join(",", f.languages()));
        rows.add(row("", cut(f.id()), shortName(f.title(), language, f.id()), fw.outerHtml(), SCALE_VALUES,
                SCALE_CONFIGURATION, "", "1", TAXONOMY));

        Map<String, List<String>> byConcept = new HashMap<>();
        for (Unit unit : f.units()) {
            for (LearningOutcome o : unit.learningOutcomes()) {
                for (String iri : o.relatedConcepts()) {
                    byConcept.computeIfAbsent(iri, k -> new ArrayList<>()).add(idNumbers.get(o.id()));
                }
            }
        }
        Set<String> placed = new HashSet<>();
        for (Qualification q : f.qualifications()) {
            Element d = Descriptions.wrapper().attr("data-kulisse-kind", "qualification").attr("data-kulisse-id",
                    q.id());
            if (q.eqfLevel() != null) {
                d.attr("data-kulisse-eqf", Integer.toString(q.eqfLevel().value()));
            }
            q.pointsIn(CreditPoints.ECVET).ifPresent(p -> d.attr("data-kulisse-ecvet", p.value().toPlainString()));
            Descriptions.texts(d, q.title());
            rows.add(row("", idNumbers.get(q.id()), shortName(q.title(), language, q.id()), d.outerHtml(), "", "",
                    "", "", ""));
            for (QualificationUnit qu : q.units()) {
                f.unit(qu.unit()).filter(u -> placed.add(u.id())).ifPresent(u -> writeUnit(rows, u,
                        idNumbers.get(q.id()), qu, idNumbers, byConcept, language));
            }
        }
        for (Unit unit : f.units()) {
            if (placed.add(unit.id())) {
                writeUnit(rows, unit, "", null, idNumbers, byConcept, language);
            }
        }
        return csv(rows);
    }

    private static String csv(List<String[]> rows) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (var writer = MAPPER.writerFor(String[].class).with(CsvSchema.emptySchema().withLineSeparator("\n"))
                .writeValues(out)) {
            writer.writeAll(rows);
        }
        return out.toString();
    }

    private static void writeUnit(List<String[]> rows, Unit unit, String parent, QualificationUnit qu,
            Map<String, String> idNumbers, Map<String, List<String>> byConcept, String language) {
        Element d = Descriptions.wrapper().attr("data-kulisse-kind", "unit").attr("data-kulisse-id", unit.id());
        if (unit.code() != null) {
            d.attr("data-kulisse-code", unit.code());
        }
        if (qu != null) {
            qu.pointsIn(CreditPoints.ECVET).ifPresent(p -> d.attr("data-kulisse-ecvet", p.value().toPlainString()));
        }
        Descriptions.texts(d, unit.title());
        String unitIdNumber = idNumbers.get(unit.id());
        rows.add(row(parent, unitIdNumber, shortName(unit.title(), language, unit.id()), d.outerHtml(), "", "", "",
                "", ""));
        for (LearningOutcome o : unit.learningOutcomes()) {
            Element od = Descriptions.wrapper().attr("data-kulisse-kind", "outcome").attr("data-kulisse-id", o.id())
                    .attr("data-kulisse-type", o.type().jsonName());
            if (o.code() != null) {
                od.attr("data-kulisse-code", o.code());
            }
            Descriptions.texts(od, o.statement());
            Descriptions.links(od, o.relatedConcepts());
            Set<String> related = new LinkedHashSet<>();
            for (String iri : o.relatedConcepts()) {
                related.addAll(byConcept.getOrDefault(iri, List.of()));
            }
            related.remove(idNumbers.get(o.id()));
            rows.add(row(unitIdNumber, idNumbers.get(o.id()), shortName(o.statement(), language, o.id()),
                    od.outerHtml(), "", "", String.join(",", related.stream()
                            .map(id -> id.replace(",", "%2C")).toList()), "", ""));
        }
    }

    private static String[] row(String parent, String idNumber, String shortName, String description,
            String scaleValues, String scaleConfiguration, String related, String isFramework, String taxonomy) {
        return new String[] {parent, idNumber, shortName, description, "1", scaleValues, scaleConfiguration, "", "",
                "", related, "", isFramework, taxonomy};
    }

    /** Codes where they are unique, ids otherwise; at most 100 characters. */
    private static Map<String, String> idNumbers(CompetenceFramework f) {
        Map<String, Integer> codeCounts = new HashMap<>();
        List<String[]> entries = new ArrayList<>();
        for (Qualification q : f.qualifications()) {
            entries.add(new String[] {q.id(), null});
        }
        for (Unit u : f.units()) {
            entries.add(new String[] {u.id(), u.code()});
            for (LearningOutcome o : u.learningOutcomes()) {
                entries.add(new String[] {o.id(), o.code()});
            }
        }
        for (String[] e : entries) {
            if (e[1] != null) {
                codeCounts.merge(e[1], 1, Integer::sum);
            }
        }
        Map<String, String> idNumbers = new LinkedHashMap<>();
        for (String[] e : entries) {
            boolean unique = e[1] != null && codeCounts.get(e[1]) == 1;
            idNumbers.put(e[0], cut(unique ? e[1] : e[0]));
        }
        return idNumbers;
    }

    static String shortName(LocalizedText text, String language, String fallback) {
        String value = text.get(language).or(() -> text.getOrFirst(language)).orElse(fallback);
        return cut(value);
    }

    /** Cuts at a word boundary and adds an ellipsis, so that Moodle never has to cut. */
    static String cut(String value) {
        if (value.length() <= MoodleCsv.MAX_SHORT_NAME) {
            return value;
        }
        String head = value.substring(0, MoodleCsv.MAX_SHORT_NAME - 1);
        int space = head.lastIndexOf(' ');
        return (space > 60 ? head.substring(0, space) : head) + "…";
    }
}
