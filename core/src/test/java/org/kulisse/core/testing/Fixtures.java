package org.kulisse.core.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LanguageSkill;
import org.kulisse.core.model.Learner;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.NationalLevel;
import org.kulisse.core.model.OptionGroup;
import org.kulisse.core.model.PersonName;
import org.kulisse.core.model.Period;
import org.kulisse.core.model.Provenance;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;

/** Small models written for the tests: valid unless a method says otherwise. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A two-language framework: one qualification (EQF 4, DQR 4, 20 ECVET) of two units, every field used. */
    public static CompetenceFramework rigging() {
        Unit u1 = new Unit("RIG-U1", "U1", LocalizedText.of("en", "Rigging basics", "de", "Grundlagen Rigging"),
                LocalizedText.of("en", "Hardware and loads.", "de", "Material und Lasten."),
                List.of(LearningOutcome.knowledge("RIG-U1-K1", "K1", LocalizedText.of("en",
                                "Describe rigging hardware.", "de", "Anschlagmittel beschreiben.")),
                        new org.kulisse.core.model.Skill("RIG-U1-S1", "S1", LocalizedText.of("en",
                                "Calculate a bridle.", "de", "Eine Hahnepot berechnen."), new BigDecimal("2.50"),
                                List.of("http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000001"),
                                Extensions.none())),
                List.of(LocalizedText.of("en", "Correct load calculation.", "de", "Richtige Lastberechnung.")),
                List.of(LocalizedText.of("en", "Written test.", "de", "Schriftlicher Test.")),
                new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)), Extensions.none());
        Unit u2 = Unit.of("RIG-U2", "U2", LocalizedText.of("en", "Flying", "de", "Obermaschinerie"),
                List.of(LearningOutcome.competence("RIG-U2-C1", "C1", LocalizedText.of("en",
                        "Fly scenery safely under supervision.", "de", "Dekorationen unter Aufsicht sicher fahren."))));
        Qualification q = new Qualification("RIG-Q", LocalizedText.of("en", "Rigger", "de", "Rigger"),
                LocalizedText.empty(), EqfLevel.of(4), new NationalLevel("DQR", "4", EqfLevel.of(4)),
                List.of(CreditPoints.ecvet(20)),
                List.of(QualificationUnit.mandatory("RIG-U1", CreditPoints.ecvet(12)),
                        QualificationUnit.mandatory("RIG-U2", CreditPoints.ecvet(8))),
                List.of(), Extensions.none());
        return CompetenceFramework.builder("https://example.org/frameworks/rigging")
                .version("2.0")
                .title(LocalizedText.of("en", "Rigging", "de", "Rigging"))
                .languages("en", "de")
                .provenance(new Provenance("Kulisse tests", "CC0-1.0", List.of("A. Tester"), LocalDate.of(2025, 3, 1),
                        LocalDate.of(2026, 1, 15)))
                .qualification(q)
                .unit(u1)
                .unit(u2)
                .build();
    }

    /** {@link #rigging()} with unknown fields at every level that keeps extensions. */
    public static CompetenceFramework riggingWithExtensions() {
        CompetenceFramework f = rigging();
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("a", List.of(new BigDecimal("1"), "two", true));
        nested.put("b", null);
        nested.put("c", Map.of("deep", new BigDecimal("3.14159")));
        Unit u1 = f.units().get(0);
        LearningOutcome k = u1.learningOutcomes().get(0);
        LearningOutcome k2 = new org.kulisse.core.model.Knowledge(k.id(), k.code(), k.statement(), k.weight(),
                k.relatedConcepts(), new Extensions(Map.of("x-moodle-id", "comp-17")));
        List<LearningOutcome> outcomes = new ArrayList<>(u1.learningOutcomes());
        outcomes.set(0, k2);
        Unit u1x = new Unit(u1.id(), u1.code(), u1.title(), u1.description(), outcomes, u1.assessmentCriteria(),
                u1.assessmentMethods(), u1.validity(), new Extensions(Map.of("x-hours", new BigDecimal("120"))));
        Qualification q = f.qualifications().get(0);
        List<QualificationUnit> qus = new ArrayList<>(q.units());
        QualificationUnit qu = qus.get(1);
        qus.set(1, new QualificationUnit(qu.unit(), qu.points(), qu.optionGroup(),
                new Extensions(Map.of("x-semester", new BigDecimal("2")))));
        Qualification qx = new Qualification(q.id(), q.title(), q.description(), q.eqfLevel(), q.nqfLevel(),
                q.creditPoints(), qus, q.optionGroups(), new Extensions(Map.of("x-isced", "0215")));
        return f.withUnits(List.of(u1x, f.units().get(1))).withQualifications(List.of(qx))
                .withExtensions(new Extensions(Map.of("x-publisher", nested, "x-flag", false)));
    }

    /** A qualification with an option group: 2 mandatory units (10 + 10) and one of two optional units (10 each). */
    public static CompetenceFramework withOptions(int secondOptionPoints) {
        List<Unit> units = new ArrayList<>();
        for (String code : List.of("M1", "M2", "O1", "O2")) {
            units.add(Unit.of(code, code, LocalizedText.of("en", "Unit " + code),
                    List.of(LearningOutcome.skill(code + "-S1", "S1", LocalizedText.of("en", "Do " + code + ".")))));
        }
        Qualification q = new Qualification("Q", LocalizedText.of("en", "Q"), null, EqfLevel.of(3), null,
                List.of(CreditPoints.ecvet(30)),
                List.of(QualificationUnit.mandatory("M1", CreditPoints.ecvet(10)),
                        QualificationUnit.mandatory("M2", CreditPoints.ecvet(10)),
                        new QualificationUnit("O1", List.of(CreditPoints.ecvet(10)), "choice", null),
                        new QualificationUnit("O2", List.of(CreditPoints.ecvet(secondOptionPoints)), "choice", null)),
                List.of(new OptionGroup("choice", LocalizedText.of("en", "Specialisation"), 1)), null);
        return CompetenceFramework.builder("urn:example:options").title(LocalizedText.of("en", "Options"))
                .languages("en").qualification(q).units(units).build();
    }

    public static Learner learner() {
        return new Learner("learner-1", new PersonName("Giulia", "Rossi"), LocalDate.of(2004, 5, 17), "IT",
                "giulia.rossi@example.org",
                List.of(LanguageSkill.motherTongue("it"), LanguageSkill.foreign("en", "B1"),
                        new LanguageSkill("de", false, "A2", "A2", "A1", "A1", "A1")),
                Extensions.none());
    }
}
