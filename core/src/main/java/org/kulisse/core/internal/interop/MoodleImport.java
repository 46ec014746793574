package org.kulisse.core.internal.interop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kulisse.core.interop.InteropIssue;
import org.kulisse.core.interop.InteropResult;
import org.kulisse.core.interop.MoodleCsv;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.OutcomeType;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a Moodle competency framework CSV. Rows are checked the way Moodle's importer needs them (one framework row,
 * unique ID numbers, parents that resolve, no cycles); every problem is reported with its row (the header is row 1).
 */
public final class MoodleImport {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    private static final int PARENT = 0;
    private static final int ID_NUMBER = 1;
    private static final int SHORT_NAME = 2;
    private static final int DESCRIPTION = 3;
    private static final int RELATED = 10;
    private static final int IS_FRAMEWORK = 12;
    private static final int TAXONOMY = 13;

    /** One competency row. */
    private static final class Node {
        final int row;
        final String parent;
        final String idNumber;
        final String shortName;
        final Descriptions.Parsed description;
        final List<String> related;
        final List<Node> children = new ArrayList<>();

        Node(int row, String[] cells) {
            this.row = row;
            this.parent = cell(cells, PARENT);
            this.idNumber = cell(cells, ID_NUMBER);
            this.shortName = cell(cells, SHORT_NAME);
            this.description = Descriptions.parse(cell(cells, DESCRIPTION));
            String raw = cell(cells, RELATED);
            this.related = raw.isEmpty() ? List.of()
                    : java.util.Arrays.stream(raw.split(",")).map(r -> r.trim().replace("%2C", ",")).toList();
        }

        String kind() {
            return description.attribute("kind");
        }
    }

    private final String language;
    private final List<InteropIssue> issues = new ArrayList<>();
    private final Set<String> languages = new java.util.LinkedHashSet<>();

    private MoodleImport(String language) {
        this.language = language;
    }

    public static InteropResult<CompetenceFramework> read(String csv, String language) {
        return new MoodleImport(language).run(csv);
    }

    private InteropResult<CompetenceFramework> run(String csv) {
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema())
                .readValues(csv)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        } catch (JacksonException e) {
            issues.add(InteropIssue.error(rows.size() + 1, "", "malformed CSV: " + e.getOriginalMessage()));
            return new InteropResult<>(null, issues);
        }
        if (rows.isEmpty() || !isHeader(rows.get(0))) {
            issues.add(InteropIssue.error(1, "", "the first row is not a Moodle competency framework header; "
                    + "expected the 14 columns " + MoodleCsv.HEADER));
            return new InteropResult<>(null, issues);
        }
        Node framework = null;
        List<Integer> frameworkRows = new ArrayList<>();
        Map<String, Node> byIdNumber = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] cells = rows.get(i);
            int row = i + 1;
            if (cells.length == 1 && cells[0].isBlank()) {
                continue;
            }
            if (cells.length != MoodleCsv.HEADER.size()) {
                issues.add(InteropIssue.warning(row, "", "has " + cells.length + " columns instead of "
                        + MoodleCsv.HEADER.size() + "; missing cells are read as empty"));
            }
            if (truthy(cell(cells, IS_FRAMEWORK))) {
                frameworkRows.add(row);
                if (framework == null) {
                    framework = new Node(row, cells);
                }
                continue;
            }
            Node node = new Node(row, cells);
            if (node.idNumber.isEmpty() || node.shortName.isEmpty()) {
                issues.add(InteropIssue.error(row, node.idNumber.isEmpty() ? "ID number" : "Short name",
                        "a competency needs an ID number and a short name"));
                continue;
            }
            if (byIdNumber.containsKey(node.idNumber)) {
                issues.add(InteropIssue.error(row, "ID number", "ID number \"" + node.idNumber
                        + "\" is already used in row " + byIdNumber.get(node.idNumber).row));
                continue;
            }
            byIdNumber.put(node.idNumber, node);
        }
        if (frameworkRows.size() != 1) {
            issues.add(InteropIssue.error(frameworkRows.isEmpty() ? 0 : frameworkRows.get(1), "Is framework",
                    frameworkRows.isEmpty() ? "no row has \"Is framework\" = 1"
                            : "more than one framework row (rows " + frameworkRows + ")"));
            return new InteropResult<>(null, issues);
        }
        List<Node> roots = new ArrayList<>();
        for (Node node : byIdNumber.values()) {
            if (node.parent.isEmpty()) {
                roots.add(node);
            } else if (!byIdNumber.containsKey(node.parent)) {
                issues.add(InteropIssue.error(node.row, "Parent ID number", "parent \"" + node.parent
                        + "\" does not exist"));
            } else {
                byIdNumber.get(node.parent).children.add(node);
            }
        }
        reportCycles(byIdNumber);
        for (Node node : byIdNumber.values()) {
            for (String related : node.related) {
                if (!byIdNumber.containsKey(related)) {
                    issues.add(InteropIssue.warning(node.row, "Cross-referenced competency ID numbers",
                            "cross-reference \"" + related + "\" names no competency; it is dropped"));
                }
            }
        }
        return new InteropResult<>(build(framework, roots), issues);
    }

    private void reportCycles(Map<String, Node> byIdNumber) {
        for (Node node : byIdNumber.values()) {
            Set<String> seen = new HashSet<>();
            Node current = node;
            while (current != null && !current.parent.isEmpty()) {
                if (!seen.add(current.idNumber)) {
                    issues.add(InteropIssue.error(node.row, "Parent ID number", "\"" + node.idNumber
                            + "\" is its own ancestor (a cycle through " + seen + ")"));
                    break;
                }
                current = byIdNumber.get(current.parent);
            }
        }
    }

    private CompetenceFramework build(Node frameworkRow, List<Node> roots) {
        List<Qualification> qualifications = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        for (Node root : roots) {
            place(root, null, qualifications, units);
        }
        String id = orDefault(frameworkRow.description.attribute("id"), frameworkRow.idNumber);
        String declared = frameworkRow.description.attribute("languages");
        List<String> frameworkLanguages = declared != null && !declared.isBlank()
                ? List.of(declared.split(",")) : new ArrayList<>(languages.isEmpty() ? Set.of(language) : languages);
        return CompetenceFramework.builder(id)
                .title(text(frameworkRow))
                .languages(frameworkLanguages.toArray(String[]::new))
                .units(units)
                .build()
                .withQualifications(qualifications);
    }

    /** Places a node and its subtree: explicit kinds from Kulisse exports, otherwise by depth. */
    private void place(Node node, QualificationBuilder parent, List<Qualification> qualifications, List<Unit> units) {
        String kind = node.kind() != null ? node.kind() : inferKind(node);
        switch (kind) {
            case "qualification" -> {
                if (parent != null) {
                    issues.add(InteropIssue.warning(node.row, "", "\"" + node.idNumber + "\" sits under another "
                            + "qualification; Kulisse keeps qualifications flat"));
                }
                QualificationBuilder q = new QualificationBuilder(node);
                for (Node child : node.children) {
                    place(child, q, qualifications, units);
                }
                qualifications.add(q.build());
            }
            case "unit" -> {
                Unit unit = unit(node);
                units.add(unit);
                if (parent != null) {
                    parent.add(unit.id(), node.description.attribute("ecvet"));
                }
            }
            default -> {
                issues.add(InteropIssue.warning(node.row, "", "\"" + node.idNumber + "\" has no children and no "
                        + "unit above it; kept as a unit without outcomes"));
                Unit unit = unit(node);
                units.add(unit);
                if (parent != null) {
                    parent.add(unit.id(), null);
                }
            }
        }
    }

    private String inferKind(Node node) {
        if (node.children.isEmpty()) {
            return "outcome";
        }
        boolean allLeaves = node.children.stream().allMatch(c -> c.children.isEmpty() && c.kind() == null
                || "outcome".equals(c.kind()));
        if (allLeaves) {
            return "unit";
        }
        if (node.children.stream().anyMatch(c -> c.children.isEmpty() && c.kind() == null)) {
            issues.add(InteropIssue.warning(node.row, "", "\"" + node.idNumber + "\" has both leaves and deeper "
                    + "children; it is kept as a qualification and its leaves as units without outcomes"));
        }
        return "qualification";
    }

    private Unit unit(Node node) {
        List<LearningOutcome> outcomes = new ArrayList<>();
        for (Node child : node.children) {
            if (!child.children.isEmpty()) {
                issues.add(InteropIssue.warning(child.row, "", "\"" + child.idNumber + "\" is deeper than an "
                        + "outcome; its children are dropped: " + child.children.stream().map(c -> c.idNumber)
                        .toList()));
            }
            outcomes.add(LearningOutcome.of(type(child), orDefault(child.description.attribute("id"),
                    child.idNumber), orDefault(child.description.attribute("code"), child.idNumber), text(child),
                    null, child.description.links(), null));
        }
        return new Unit(orDefault(node.description.attribute("id"), node.idNumber),
                orDefault(node.description.attribute("code"), node.idNumber), text(node), null, outcomes, List.of(),
                List.of(), null, null);
    }

    private OutcomeType type(Node node) {
        String declared = node.description.attribute("type");
        for (OutcomeType type : OutcomeType.values()) {
            if (type.jsonName().equals(declared)) {
                return type;
            }
        }
        String code = node.idNumber.toUpperCase(Locale.ROOT);
        if (code.matches("K[0-9].*")) {
            return OutcomeType.KNOWLEDGE;
        }
        if (code.matches("S[0-9].*")) {
            return OutcomeType.SKILL;
        }
        if (code.matches("C[0-9].*")) {
            return OutcomeType.COMPETENCE;
        }
        issues.add(InteropIssue.warning(node.row, "", "the kind of outcome \"" + node.idNumber
                + "\" (knowledge, skill or competence) could not be told; kept as a skill"));
        return OutcomeType.SKILL;
    }

    private LocalizedText text(Node node) {
        LocalizedText texts = node.description.texts();
        if (!texts.isEmpty()) {
            languages.addAll(texts.languages());
            return texts;
        }
        languages.add(language);
        String plain = node.description.plainText();
        return LocalizedText.of(language, plain.isEmpty() ? node.shortName : plain);
    }

    /** Collects a qualification's units. */
    private final class QualificationBuilder {
        final Node node;
        final List<QualificationUnit> units = new ArrayList<>();

        QualificationBuilder(Node node) {
            this.node = node;
        }

        void add(String unitId, String ecvet) {
            units.add(ecvet == null ? QualificationUnit.mandatory(unitId)
                    : QualificationUnit.mandatory(unitId, CreditPoints.ecvet(new BigDecimal(ecvet))));
        }

        Qualification build() {
            String eqf = node.description.attribute("eqf");
            String ecvet = node.description.attribute("ecvet");
            if (eqf == null) {
                issues.add(InteropIssue.warning(node.row, "", "qualification \"" + node.idNumber
                        + "\" has no EQF level in Moodle; set one before validating"));
            }
            return new Qualification(orDefault(node.description.attribute("id"), node.idNumber), text(node), null,
                    eqf == null ? null : EqfLevel.of(Integer.parseInt(eqf)), null,
                    ecvet == null ? List.of() : List.of(CreditPoints.ecvet(new BigDecimal(ecvet))), units, List.of(),
                    null);
        }
    }

    private static boolean isHeader(String[] cells) {
        if (cells.length != MoodleCsv.HEADER.size()) {
            return false;
        }
        for (int i = 0; i < cells.length; i++) {
            String cell = normalize(cells[i]);
            if (!cell.equals(normalize(MoodleCsv.HEADER.get(i))) && !cell.equals(normalize(MoodleCsv.OLD_HEADER.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static String normalize(String header) {
        return header == null ? "" : header.trim().toLowerCase(Locale.ROOT).replace("\ufeff", "");
    }

    private static boolean truthy(String value) {
        return value.equals("1") || value.equalsIgnoreCase("true");
    }

    private static String cell(String[] cells, int index) {
        return index < cells.length && cells[index] != null ? cells[index].trim() : "";
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
