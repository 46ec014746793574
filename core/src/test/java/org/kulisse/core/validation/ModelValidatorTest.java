package org.kulisse.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kulisse.core.validation.ViolationCodes.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kulisse.core.InvalidModelException;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LanguageSkill;
import org.kulisse.core.model.Learner;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.NationalLevel;
import org.kulisse.core.model.PersonName;
import org.kulisse.core.model.Period;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Skill;
import org.kulisse.core.model.Unit;
import org.kulisse.core.testing.Fixtures;

class ModelValidatorTest {
    private final ModelValidator validator = ModelValidator.standard();

    private static Violation only(ValidationReport report) {
        assertThat(report.violations()).hasSize(1);
        return report.violations().get(0);
    }

    private static CompetenceFramework withQualification(CompetenceFramework f, Qualification q) {
        return f.withQualifications(List.of(q));
    }

    private static Qualification q(CompetenceFramework f) {
        return f.qualifications().get(0);
    }

    private static Qualification withLevels(Qualification q, EqfLevel eqf, NationalLevel nqf) {
        return new Qualification(q.id(), q.title(), q.description(), eqf, nqf, q.creditPoints(), q.units(),
                q.optionGroups(), q.extensions());
    }

    @Test
    void fixturesAreValidWithoutWarnings() {
        assertThat(validator.validate(Fixtures.rigging()).violations()).isEmpty();
        assertThat(validator.validate(Fixtures.withOptions(10)).violations()).isEmpty();
        assertThat(validator.validate(Fixtures.learner()).violations()).isEmpty();
    }

    @Test
    void duplicateIdsAreReportedAtTheSecondOccurrence() {
        CompetenceFramework f = Fixtures.rigging();
        List<Unit> units = new ArrayList<>(f.units());
        units.set(1, units.get(1).withId("RIG-U1"));
        ValidationReport report = validator.validate(f.withUnits(units));
        assertThat(report.errors()).extracting(Violation::code).contains(DUPLICATE_ID);
        Violation duplicate = report.errors().stream().filter(v -> v.code().equals(DUPLICATE_ID)).findFirst()
                .orElseThrow();
        assertThat(duplicate.path()).isEqualTo("/units/1/id");
        assertThat(duplicate.message()).contains("/units/0/id");
    }

    @Test
    void malformedIdsAreErrors() {
        CompetenceFramework f = Fixtures.rigging();
        List<Unit> units = new ArrayList<>(f.units());
        units.set(1, units.get(1).withId("unit two"));
        ValidationReport report = validator.validate(f.withUnits(units));
        assertThat(report.errors()).extracting(Violation::path, Violation::code)
                .contains(org.assertj.core.groups.Tuple.tuple("/units/1/id", INVALID_ID));
    }

    @Test
    void referencedUnitsMustExist() {
        CompetenceFramework f = Fixtures.rigging();
        Qualification q = q(f).withUnits(List.of(QualificationUnit.mandatory("RIG-U1", CreditPoints.ecvet(12)),
                QualificationUnit.mandatory("RIG-U9", CreditPoints.ecvet(8))));
        ValidationReport report = validator.validate(withQualification(f, q));
        assertThat(report.errors()).extracting(Violation::path, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/qualifications/0/units/1/unit", UNKNOWN_UNIT_REFERENCE));
        assertThat(report.warnings()).extracting(Violation::code).containsExactly(UNUSED_UNIT);
    }

    @Test
    void everyUnitNeedsAnOutcome() {
        CompetenceFramework f = Fixtures.rigging();
        List<Unit> units = new ArrayList<>(f.units());
        units.set(1, units.get(1).withLearningOutcomes(List.of()));
        Violation v = only(validator.validate(f.withUnits(units)));
        assertThat(v.code()).isEqualTo(UNIT_WITHOUT_OUTCOMES);
        assertThat(v.path()).isEqualTo("/units/1/learningOutcomes");
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void statementsMustUseAFrameworkLanguage() {
        CompetenceFramework f = Fixtures.rigging();
        List<Unit> units = new ArrayList<>(f.units());
        units.set(1, units.get(1).withLearningOutcomes(List.of(LearningOutcome.competence("RIG-U2-C1", "C1",
                LocalizedText.of("fr", "Manoeuvrer les décors.")))));
        ValidationReport report = validator.validate(f.withUnits(units));
        assertThat(report.errors()).extracting(Violation::path, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/units/1/learningOutcomes/0/statement",
                        MISSING_STATEMENT_LANGUAGE));
    }

    @Test
    void missingTranslationsAreWarnings() {
        CompetenceFramework f = Fixtures.rigging();
        List<Unit> units = new ArrayList<>(f.units());
        units.set(1, units.get(1).withLearningOutcomes(List.of(LearningOutcome.competence("RIG-U2-C1", "C1",
                LocalizedText.of("en", "Fly scenery.")))));
        ValidationReport report = validator.validate(f.withUnits(units));
        assertThat(report.isValid()).isTrue();
        assertThat(only(report)).satisfies(v -> {
            assertThat(v.code()).isEqualTo(MISSING_TRANSLATION);
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void languageTagsMustBeBcp47WithAKnownLanguage() {
        CompetenceFramework f = Fixtures.rigging().withLanguages(List.of("english", "de"));
        ValidationReport report = validator.validate(f);
        assertThat(report.errors()).extracting(Violation::path, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/languages/0", INVALID_LANGUAGE_TAG));
        CompetenceFramework g = Fixtures.rigging();
        g = g.withUnits(List.of(g.units().get(0), Unit.of("RIG-U2", "U2", LocalizedText.of("en", "Flying",
                "de", "Obermaschinerie", "de_DE", "Obermaschinerie"), g.units().get(1).learningOutcomes())));
        assertThat(validator.validate(g).errors()).extracting(Violation::path)
                .containsExactly("/units/1/title/de_DE");
        for (String ok : List.of("nb", "de-AT", "sr-Latn-RS", "gsw", "en-GB")) {
            assertThat(validator.validate(Fixtures.rigging().withLanguages(List.of("en", "de", ok)))
                    .errors()).as(ok).isEmpty();
        }
    }

    @Test
    void eqfLevelsOutsideOneToEightAreErrors() {
        CompetenceFramework f = Fixtures.rigging();
        Violation v = validator.validate(withQualification(f, withLevels(q(f), EqfLevel.of(9), null))).errors()
                .get(0);
        assertThat(v.code()).isEqualTo(EQF_LEVEL_OUT_OF_RANGE);
        assertThat(v.path()).isEqualTo("/qualifications/0/eqfLevel");
        ValidationReport missing = validator.validate(withQualification(f, withLevels(q(f), null, null)));
        assertThat(missing.errors()).extracting(Violation::path, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/qualifications/0/eqfLevel", REQUIRED));
    }

    @Test
    void nqfLevelsAreCheckedAgainstTheRegistry() {
        CompetenceFramework f = Fixtures.rigging();
        Violation mismatch = only(validator.validate(withQualification(f, withLevels(q(f), EqfLevel.of(4),
                NationalLevel.of("NKR", "5.1")))));
        assertThat(mismatch.code()).isEqualTo(NQF_EQF_MISMATCH);
        assertThat(mismatch.severity()).isEqualTo(Severity.WARNING);
        assertThat(mismatch.message()).contains("NKR 5.1 is referenced to EQF 5");

        Violation unknownLevel = only(validator.validate(withQualification(f, withLevels(q(f), EqfLevel.of(4),
                NationalLevel.of("DQR", "9")))));
        assertThat(unknownLevel.code()).isEqualTo(UNKNOWN_NQF_LEVEL);
        assertThat(unknownLevel.path()).isEqualTo("/qualifications/0/nqfLevel/level");

        Violation unknownFramework = only(validator.validate(withQualification(f, withLevels(q(f), EqfLevel.of(4),
                NationalLevel.of("NQR-AT", "4")))));
        assertThat(unknownFramework.code()).isEqualTo(UNKNOWN_NQF_FRAMEWORK);

        Violation declared = only(validator.validate(withQualification(f, withLevels(q(f), EqfLevel.of(4),
                new NationalLevel("DQR", "4", EqfLevel.of(5))))));
        assertThat(declared.path()).isEqualTo("/qualifications/0/nqfLevel/eqfLevel");

        Violation unreferenced = only(validator.validate(withQualification(f, withLevels(q(f), EqfLevel.of(1),
                NationalLevel.of("BQF", "0")))));
        assertThat(unreferenced.message()).contains("no EQF level");
    }

    @Test
    void unitPointsMustAddUpToTheQualificationsPoints() {
        CompetenceFramework f = Fixtures.rigging();
        Qualification q = q(f).withUnits(List.of(QualificationUnit.mandatory("RIG-U1", CreditPoints.ecvet(11)),
                QualificationUnit.mandatory("RIG-U2", CreditPoints.ecvet(8))));
        Violation v = only(validator.validate(withQualification(f, q)));
        assertThat(v.code()).isEqualTo(POINTS_SUM_MISMATCH);
        assertThat(v.path()).isEqualTo("/qualifications/0/creditPoints/0");
        assertThat(v.message()).isEqualTo("the units add up to 19 ECVET, but the qualification has 20");
    }

    @Test
    void missingUnitPointsAreWarningsUnlessTheRestAlreadyExceeds() {
        CompetenceFramework f = Fixtures.rigging();
        Qualification q = q(f).withUnits(List.of(QualificationUnit.mandatory("RIG-U1", CreditPoints.ecvet(12)),
                QualificationUnit.mandatory("RIG-U2")));
        ValidationReport report = validator.validate(withQualification(f, q));
        assertThat(report.isValid()).isTrue();
        assertThat(only(report).code()).isEqualTo(MISSING_UNIT_POINTS);

        Qualification over = q(f).withUnits(List.of(QualificationUnit.mandatory("RIG-U1", CreditPoints.ecvet(25)),
                QualificationUnit.mandatory("RIG-U2")));
        assertThat(validator.validate(withQualification(f, over)).errors()).extracting(Violation::code)
                .containsExactly(POINTS_SUM_MISMATCH);
    }

    @Test
    void pointsInAnotherCreditSystemAreNotMixedIn() {
        CompetenceFramework f = Fixtures.rigging();
        Qualification q = q(f).withUnits(List.of(
                new QualificationUnit("RIG-U1", List.of(CreditPoints.ecvet(12),
                        new CreditPoints(new BigDecimal("7"), CreditPoints.ECTS)), null, Extensions.none()),
                QualificationUnit.mandatory("RIG-U2", CreditPoints.ecvet(8))));
        assertThat(validator.validate(withQualification(f, q)).violations()).isEmpty();
    }

    @Test
    void optionGroupsCountTheChosenUnits() {
        assertThat(validator.validate(Fixtures.withOptions(10)).violations()).isEmpty();
        Violation v = only(validator.validate(Fixtures.withOptions(12)));
        assertThat(v.code()).isEqualTo(POINTS_SUM_MISMATCH);
        assertThat(v.message()).contains("between 30 and 32");
    }

    @Test
    void jakartaConstraintsReportJsonPointers() {
        CompetenceFramework f = Fixtures.rigging();
        Qualification q = q(f).withUnits(List.of(QualificationUnit.mandatory("RIG-U1",
                new CreditPoints(new BigDecimal("-12"), CreditPoints.ECVET)), QualificationUnit.mandatory("RIG-U2",
                CreditPoints.ecvet(8))));
        ValidationReport report = validator.validate(withQualification(f, q));
        assertThat(report.errors()).extracting(Violation::path, Violation::code).contains(
                org.assertj.core.groups.Tuple.tuple("/qualifications/0/units/0/points/0/value", OUT_OF_RANGE));

        Unit noTitle = new Unit("RIG-U3", null, null, null, List.of(new Skill("RIG-U3-S", null,
                LocalizedText.of("en", "x", "de", "y"), new BigDecimal("-1"), List.of("not an iri"), null)),
                List.of(), List.of(), new Period(LocalDate.of(2030, 1, 1), LocalDate.of(2020, 1, 1)), null);
        List<Unit> units = new ArrayList<>(f.units());
        units.add(noTitle);
        ValidationReport r2 = validator.validate(f.withUnits(units));
        assertThat(r2.errors()).extracting(Violation::path, Violation::code).contains(
                org.assertj.core.groups.Tuple.tuple("/units/2/title", REQUIRED),
                org.assertj.core.groups.Tuple.tuple("/units/2/learningOutcomes/0/weight", OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("/units/2/learningOutcomes/0/relatedConcepts/0", INVALID_IRI),
                org.assertj.core.groups.Tuple.tuple("/units/2/validity", INVALID_PERIOD));
    }

    @Test
    void reportIsOrderedByDocumentPosition() {
        ValidationReport report = new ValidationReport(List.of(Violation.error("/units/10/id", "B", "b"),
                Violation.error("/units/2/id", "A", "a"), Violation.warning("", "C", "c")));
        assertThat(report.violations()).extracting(Violation::path).containsExactly("", "/units/2/id", "/units/10/id");
        assertThat(report.violations().get(1).toString()).isEqualTo("ERROR /units/2/id A: a");
    }

    @Test
    void requireValidThrowsWithTheReport() {
        CompetenceFramework bad = Fixtures.rigging().withLanguages(List.of("english"));
        assertThatThrownBy(() -> validator.requireValid(bad))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("INVALID_LANGUAGE_TAG")
                .satisfies(e -> assertThat(((InvalidModelException) e).report().isValid()).isFalse());
        assertThat(validator.requireValid(Fixtures.rigging())).isEqualTo(Fixtures.rigging());
    }

    @Test
    void learnerRules() {
        Learner bad = new Learner("bad id", new PersonName("", "Rossi"), LocalDate.now().plusDays(1), "XX",
                "not-an-email", List.of(new LanguageSkill("italian", true, null, null, null, null, null),
                        new LanguageSkill("en", false, "B3", null, null, null, null)), null);
        ValidationReport report = validator.validate(bad);
        assertThat(report.errors()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/id", INVALID_ID),
                org.assertj.core.groups.Tuple.tuple("/name/given", REQUIRED),
                org.assertj.core.groups.Tuple.tuple("/birthDate", DATE_NOT_IN_PAST),
                org.assertj.core.groups.Tuple.tuple("/nationality", INVALID_COUNTRY),
                org.assertj.core.groups.Tuple.tuple("/email", MALFORMED_VALUE),
                org.assertj.core.groups.Tuple.tuple("/languages/0/language", INVALID_LANGUAGE_TAG),
                org.assertj.core.groups.Tuple.tuple("/languages/1/listening", MALFORMED_VALUE));
    }
}
