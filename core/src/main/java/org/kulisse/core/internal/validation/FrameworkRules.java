package org.kulisse.core.internal.validation;

import static org.kulisse.core.validation.ViolationCodes.DUPLICATE_CREDIT_SYSTEM;
import static org.kulisse.core.validation.ViolationCodes.DUPLICATE_ID;
import static org.kulisse.core.validation.ViolationCodes.DUPLICATE_UNIT_REFERENCE;
import static org.kulisse.core.validation.ViolationCodes.EMPTY_TEXT;
import static org.kulisse.core.validation.ViolationCodes.INVALID_ID;
import static org.kulisse.core.validation.ViolationCodes.INVALID_IRI;
import static org.kulisse.core.validation.ViolationCodes.INVALID_LANGUAGE_TAG;
import static org.kulisse.core.validation.ViolationCodes.INVALID_PERIOD;
import static org.kulisse.core.validation.ViolationCodes.MISSING_STATEMENT_LANGUAGE;
import static org.kulisse.core.validation.ViolationCodes.MISSING_TRANSLATION;
import static org.kulisse.core.validation.ViolationCodes.MISSING_UNIT_POINTS;
import static org.kulisse.core.validation.ViolationCodes.NO_LANGUAGES;
import static org.kulisse.core.validation.ViolationCodes.NQF_EQF_MISMATCH;
import static org.kulisse.core.validation.ViolationCodes.OPTION_GROUP_TOO_SMALL;
import static org.kulisse.core.validation.ViolationCodes.POINTS_SUM_MISMATCH;
import static org.kulisse.core.validation.ViolationCodes.REQUIRED;
import static org.kulisse.core.validation.ViolationCodes.UNIT_WITHOUT_OUTCOMES;
import static org.kulisse.core.validation.ViolationCodes.UNKNOWN_NQF_FRAMEWORK;
import static org.kulisse.core.validation.ViolationCodes.UNKNOWN_NQF_LEVEL;
import static org.kulisse.core.validation.ViolationCodes.UNKNOWN_OPTION_GROUP;
import static org.kulisse.core.validation.ViolationCodes.UNKNOWN_UNIT_REFERENCE;
import static org.kulisse.core.validation.ViolationCodes.UNUSED_UNIT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kulisse.core.json.JsonCursor;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.NationalLevel;
import org.kulisse.core.model.OptionGroup;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;
import org.kulisse.core.nqf.NationalFramework;
import org.kulisse.core.nqf.NationalFrameworkLevel;
import org.kulisse.core.nqf.NationalFrameworks;
import org.kulisse.core.validation.Violation;

/**
 * The whole-model rules of a framework (design.md §2): those that need more than one field to decide. Paths are JSON
 * pointers into the framework's Kulisse JSON form. One instance checks one framework once.
 */
public final class FrameworkRules {
    private final CompetenceFramework framework;
    private final NationalFrameworks nationalFrameworks;
    private final List<Violation> found = new ArrayList<>();
    private final Map<String, String> firstPathOfId = new HashMap<>();
    private final List<String> languages;

    public FrameworkRules(CompetenceFramework framework, NationalFrameworks nationalFrameworks) {
        this.framework = framework;
        this.nationalFrameworks = nationalFrameworks;
        this.languages = framework.languages();
    }

    public List<Violation> check() {
        checkId(framework.id(), "/id", false);
        checkLanguages();
        checkTitle(framework.title(), "/title");
        checkText(framework.description(), "/description");
        var p = framework.provenance();
        if (p.created() != null && p.modified() != null && p.modified().isBefore(p.created())) {
            found.add(Violation.error("/provenance/modified", INVALID_PERIOD,
                    "modified " + p.modified() + " is before created " + p.created()));
        }
        Map<String, Unit> units = new LinkedHashMap<>();
        for (int i = 0; i < framework.units().size(); i++) {
            Unit unit = framework.units().get(i);
            checkUnit(unit, "/units/" + i);
            if (unit.id() != null) {
                units.putIfAbsent(unit.id(), unit);
            }
        }
        Set<String> usedUnits = new HashSet<>();
        for (int i = 0; i < framework.qualifications().size(); i++) {
            checkQualification(framework.qualifications().get(i), "/qualifications/" + i, units, usedUnits);
        }
        checkMappings(units);
        if (!framework.qualifications().isEmpty()) {
            for (int i = 0; i < framework.units().size(); i++) {
                Unit unit = framework.units().get(i);
                if (unit.id() != null && !usedUnits.contains(unit.id())) {
                    found.add(Violation.warning("/units/" + i, UNUSED_UNIT,
                            "unit " + label(unit) + " is part of no qualification"));
                }
            }
        }
        return found;
    }

    /** Mappings name an outcome or unit of the framework, an absolute IRI and a SKOS mapping relation. */
    private void checkMappings(Map<String, Unit> units) {
        Set<String> subjects = new HashSet<>(units.keySet());
        units.values().forEach(u -> u.learningOutcomes().forEach(o -> subjects.add(o.id())));
        for (int i = 0; i < framework.mappings().size(); i++) {
            var m = framework.mappings().get(i);
            String path = "/mappings/" + i;
            if (m.subject() != null && !subjects.contains(m.subject())) {
                found.add(Violation.error(path + "/subject", org.kulisse.core.validation.ViolationCodes
                        .UNKNOWN_MAPPING_SUBJECT, "the framework has no outcome or unit \"" + m.subject() + "\""));
            }
            if (m.object() != null && !Identifiers.isAbsoluteIri(m.object())) {
                found.add(Violation.error(path + "/object", INVALID_IRI, "\"" + m.object()
                        + "\" is not an absolute IRI"));
            }
            if (m.predicate() != null && !m.hasKnownPredicate()) {
                found.add(Violation.warning(path + "/predicate", org.kulisse.core.validation.ViolationCodes
                        .UNKNOWN_MAPPING_PREDICATE, "\"" + m.predicate()
                        + "\" is not a SKOS mapping relation (exactMatch, closeMatch, broadMatch, narrowMatch, "
                        + "relatedMatch)"));
            }
        }
    }

    private void checkLanguages() {
        if (languages.isEmpty()) {
            found.add(Violation.warning("/languages", NO_LANGUAGES,
                    "the framework declares no languages; statements cannot be checked for completeness"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            String tag = languages.get(i);
            if (!LanguageTags.isValid(tag)) {
                found.add(Violation.error("/languages/" + i, INVALID_LANGUAGE_TAG,
                        "\"" + tag + "\" is not a BCP-47 language tag (use e.g. \"en\", \"nb\", \"de-AT\")"));
            } else if (!seen.add(tag)) {
                found.add(Violation.error("/languages/" + i, DUPLICATE_ID, "language \"" + tag + "\" is listed twice"));
            }
        }
    }

    private void checkUnit(Unit unit, String path) {
        checkId(unit.id(), path + "/id", true);
        checkTitle(unit.title(), path + "/title");
        checkText(unit.description(), path + "/description");
        if (unit.learningOutcomes().isEmpty()) {
            found.add(Violation.error(path + "/learningOutcomes", UNIT_WITHOUT_OUTCOMES,
                    "unit " + label(unit) + " has no learning outcome"));
        }
        for (int i = 0; i < unit.learningOutcomes().size(); i++) {
            checkOutcome(unit.learningOutcomes().get(i), path + "/learningOutcomes/" + i);
        }
        for (int i = 0; i < unit.assessmentCriteria().size(); i++) {
            checkText(unit.assessmentCriteria().get(i), path + "/assessmentCriteria/" + i);
        }
        for (int i = 0; i < unit.assessmentMethods().size(); i++) {
            checkText(unit.assessmentMethods().get(i), path + "/assessmentMethods/" + i);
        }
        if (unit.validity() != null && unit.validity().isReversed()) {
            found.add(Violation.error(path + "/validity", INVALID_PERIOD, "the validity ends ("
                    + unit.validity().until() + ") before it starts (" + unit.validity().from() + ")"));
        }
    }

    private void checkOutcome(LearningOutcome outcome, String path) {
        checkId(outcome.id(), path + "/id", true);
        LocalizedText statement = outcome.statement();
        if (statement != null && !statement.isEmpty() && !languages.isEmpty()
                && languages.stream().noneMatch(statement::has)) {
            found.add(Violation.error(path + "/statement", MISSING_STATEMENT_LANGUAGE,
                    "the statement is in " + statement.languages() + " but in none of the framework's languages "
                            + languages));
        } else if (statement != null && statement.isEmpty()) {
            found.add(Violation.error(path + "/statement", MISSING_STATEMENT_LANGUAGE,
                    "the outcome has no statement in any language"));
        }
        checkText(statement, path + "/statement");
        for (int i = 0; i < outcome.relatedConcepts().size(); i++) {
            String iri = outcome.relatedConcepts().get(i);
            if (!Identifiers.isAbsoluteIri(iri)) {
                found.add(Violation.error(path + "/relatedConcepts/" + i, INVALID_IRI,
                        "\"" + iri + "\" is not an absolute IRI"));
            }
        }
    }

    private void checkQualification(Qualification q, String path, Map<String, Unit> units, Set<String> usedUnits) {
        checkId(q.id(), path + "/id", true);
        checkTitle(q.title(), path + "/title");
        checkText(q.description(), path + "/description");
        checkDistinctSystems(q.creditPoints(), path + "/creditPoints");

        Map<String, OptionGroup> groups = new HashMap<>();
        Map<String, Integer> groupSizes = new HashMap<>();
        for (OptionGroup group : q.optionGroups()) {
            groups.put(group.id(), group);
        }
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < q.units().size(); i++) {
            QualificationUnit qu = q.units().get(i);
            String unitPath = path + "/units/" + i;
            if (qu.unit() == null) {
                continue; // reported as REQUIRED by the field constraints
            }
            usedUnits.add(qu.unit());
            if (!units.containsKey(qu.unit())) {
                found.add(Violation.error(unitPath + "/unit", UNKNOWN_UNIT_REFERENCE,
                        "the framework has no unit \"" + qu.unit() + "\""));
            }
            if (!listed.add(qu.unit())) {
                found.add(Violation.error(unitPath + "/unit", DUPLICATE_UNIT_REFERENCE,
                        "unit \"" + qu.unit() + "\" is listed twice in this qualification"));
            }
            if (qu.optionGroup() != null) {
                if (!groups.containsKey(qu.optionGroup())) {
                    found.add(Violation.error(unitPath + "/optionGroup", UNKNOWN_OPTION_GROUP,
                            "the qualification defines no option group \"" + qu.optionGroup() + "\""));
                } else {
                    groupSizes.merge(qu.optionGroup(), 1, Integer::sum);
                }
            }
            checkDistinctSystems(qu.points(), unitPath + "/points");
        }
        for (int i = 0; i < q.optionGroups().size(); i++) {
            OptionGroup group = q.optionGroups().get(i);
            int size = groupSizes.getOrDefault(group.id(), 0);
            if (group.choose() > size) {
                found.add(Violation.error(path + "/optionGroups/" + i + "/choose", OPTION_GROUP_TOO_SMALL,
                        "option group \"" + group.id() + "\" asks for " + group.choose() + " unit(s) but has " + size));
            }
        }
        checkPoints(q, path, groups);
        checkLevels(q, path);
    }

    /**
     * For each credit system of the qualification, the unit points must add up to the qualification's points: the
     * mandatory units plus, for every option group, the {@code choose} smallest (and largest) choices. Both ends must
     * equal the total, so that every valid choice of optional units does.
     */
    private void checkPoints(Qualification q, String path, Map<String, OptionGroup> groups) {
        for (int p = 0; p < q.creditPoints().size(); p++) {
            CreditPoints total = q.creditPoints().get(p);
            if (total.value() == null || total.system() == null) {
                continue;
            }
            String system = total.system();
            BigDecimal mandatory = BigDecimal.ZERO;
            Map<String, List<BigDecimal>> optional = new HashMap<>();
            boolean complete = true;
            for (int i = 0; i < q.units().size(); i++) {
                QualificationUnit qu = q.units().get(i);
                Optional<CreditPoints> points = qu.pointsIn(system);
                if (points.isEmpty() || points.get().value() == null) {
                    complete = false;
                    found.add(Violation.warning(path + "/units/" + i + "/points", MISSING_UNIT_POINTS,
                            "unit \"" + qu.unit() + "\" has no points in " + systemName(system)
                                    + ", in which the qualification has " + total));
                    continue;
                }
                BigDecimal value = points.get().value();
                if (qu.optionGroup() == null || !groups.containsKey(qu.optionGroup())) {
                    mandatory = mandatory.add(value);
                } else {
                    optional.computeIfAbsent(qu.optionGroup(), g -> new ArrayList<>()).add(value);
                }
            }
            BigDecimal low = mandatory;
            BigDecimal high = mandatory;
            for (Map.Entry<String, List<BigDecimal>> entry : optional.entrySet()) {
                List<BigDecimal> values = new ArrayList<>(entry.getValue());
                values.sort(null);
                int choose = Math.min(groups.get(entry.getKey()).choose(), values.size());
                for (int k = 0; k < choose; k++) {
                    low = low.add(values.get(k));
                    high = high.add(values.get(values.size() - 1 - k));
                }
            }
            String at = path + "/creditPoints/" + p;
            if (complete && (low.compareTo(total.value()) != 0 || high.compareTo(total.value()) != 0)) {
                String sum = low.compareTo(high) == 0 ? low.toPlainString()
                        : "between " + low.toPlainString() + " and " + high.toPlainString();
                found.add(Violation.error(at, POINTS_SUM_MISMATCH, "the units add up to " + sum + " "
                        + systemName(system) + ", but the qualification has " + total.value().toPlainString()));
            } else if (!complete && low.compareTo(total.value()) > 0) {
                found.add(Violation.error(at, POINTS_SUM_MISMATCH, "the units with points already add up to "
                        + low.toPlainString() + " " + systemName(system) + ", more than the qualification's "
                        + total.value().toPlainString()));
            }
        }
    }

    private void checkLevels(Qualification q, String path) {
        NationalLevel nqf = q.nqfLevel();
        if (nqf == null || nqf.framework() == null || nqf.level() == null) {
            return;
        }
        Optional<NationalFramework> registered = nationalFrameworks.byId(nqf.framework());
        if (registered.isEmpty()) {
            found.add(Violation.warning(path + "/nqfLevel/framework", UNKNOWN_NQF_FRAMEWORK,
                    "national framework \"" + nqf.framework() + "\" is not registered; its level cannot be checked"));
            return;
        }
        Optional<NationalFrameworkLevel> level = registered.get().level(nqf.level());
        if (level.isEmpty()) {
            found.add(Violation.error(path + "/nqfLevel/level", UNKNOWN_NQF_LEVEL, registered.get().id()
                    + " has no level \"" + nqf.level() + "\" (levels: " + registered.get().levels().stream()
                    .map(NationalFrameworkLevel::label).toList() + ")"));
            return;
        }
        EqfLevel official = level.get().eqfLevel();
        String name = registered.get().id() + " " + level.get().label();
        if (q.eqfLevel() != null && !q.eqfLevel().equals(official)) {
            found.add(Violation.warning(path + "/nqfLevel", NQF_EQF_MISMATCH, name + " is referenced to "
                    + (official == null ? "no EQF level" : official) + ", but the qualification is at " + q.eqfLevel()));
        }
        if (nqf.eqfLevel() != null && !nqf.eqfLevel().equals(official)) {
            found.add(Violation.warning(path + "/nqfLevel/eqfLevel", NQF_EQF_MISMATCH, "the document says " + name
                    + " is " + nqf.eqfLevel() + "; the official referencing is "
                    + (official == null ? "no EQF level" : official)));
        }
    }

    private void checkDistinctSystems(List<CreditPoints> points, String path) {
        Set<String> systems = new HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            String system = points.get(i).system();
            if (system != null && !systems.add(system)) {
                found.add(Violation.error(path + "/" + i + "/system", DUPLICATE_CREDIT_SYSTEM,
                        systemName(system) + " is given twice"));
            }
        }
    }

    private void checkId(String id, String path, boolean mustBeUnique) {
        if (id == null || id.isBlank()) {
            return; // reported as REQUIRED by the field constraints
        }
        if (!Identifiers.isWellFormed(id)) {
            found.add(Violation.error(path, INVALID_ID, "\"" + id
                    + "\" is neither an absolute IRI nor a local name (letters, digits, '.', '_', '-', '~')"));
        }
        if (mustBeUnique) {
            String first = firstPathOfId.putIfAbsent(id, path);
            if (first != null) {
                found.add(Violation.error(path, DUPLICATE_ID, "id \"" + id + "\" is already used at " + first));
            }
        }
    }

    /** A title must exist in at least one language (null is reported by the field constraints). */
    private void checkTitle(LocalizedText title, String path) {
        if (title != null && title.isEmpty()) {
            found.add(Violation.error(path, REQUIRED, "a title is required in at least one language"));
        }
        checkText(title, path);
    }

    private void checkText(LocalizedText text, String path) {
        if (text == null) {
            return;
        }
        for (Map.Entry<String, String> entry : text.texts().entrySet()) {
            String at = path + "/" + JsonCursor.escape(entry.getKey());
            if (!LanguageTags.isValid(entry.getKey())) {
                found.add(Violation.error(at, INVALID_LANGUAGE_TAG,
                        "\"" + entry.getKey() + "\" is not a BCP-47 language tag (use e.g. \"en\", \"nb\", \"de-AT\")"));
            }
            if (entry.getValue().isBlank()) {
                found.add(Violation.error(at, EMPTY_TEXT, "the text is empty"));
            }
        }
        if (!text.isEmpty()) {
            for (String language : languages) {
                if (!text.has(language) && LanguageTags.isValid(language)) {
                    found.add(Violation.warning(path, MISSING_TRANSLATION, "no text in \"" + language + "\""));
                }
            }
        }
    }

    private static String label(Unit unit) {
        return unit.code() != null ? unit.code() : "\"" + unit.id() + "\"";
    }

    private static String systemName(String system) {
        return new CreditPoints(BigDecimal.ZERO, system).toString().substring(2);
    }
}
