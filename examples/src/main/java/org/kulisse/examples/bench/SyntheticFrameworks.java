package org.kulisse.examples.bench;

import java.util.ArrayList;
import java.util.List;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.OutcomeType;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;

/** Large, valid frameworks of a given shape for benchmarks. */
public final class SyntheticFrameworks {
    private static final List<String> LANGUAGES = List.of("en", "it", "de", "bg", "nb");
    private static final OutcomeType[] TYPES = OutcomeType.values();

    private SyntheticFrameworks() {
    }

    /**
     * A framework with one qualification of {@code units} units, each with {@code outcomesPerUnit} outcomes, every
     * text in {@code languages} languages (at most 5). Each unit carries 1 ECVET point.
     */
    public static CompetenceFramework create(int units, int outcomesPerUnit, int languages) {
        List<String> langs = LANGUAGES.subList(0, languages);
        List<Unit> unitList = new ArrayList<>(units);
        List<QualificationUnit> parts = new ArrayList<>(units);
        for (int u = 0; u < units; u++) {
            String unitId = "U" + u;
            List<LearningOutcome> outcomes = new ArrayList<>(outcomesPerUnit);
            for (int o = 0; o < outcomesPerUnit; o++) {
                OutcomeType type = TYPES[o % TYPES.length];
                outcomes.add(LearningOutcome.of(type, unitId + "-O" + o, type.name().charAt(0) + "" + u + "." + o,
                        text(langs, "Carry out task " + o + " of unit " + u + " safely and to the agreed standard."),
                        null, List.of("http://data.europa.eu/esco/skill/synthetic-" + (u * 31 + o) % 997), null));
            }
            unitList.add(new Unit(unitId, "U" + u, text(langs, "Unit " + u + " of the synthetic framework"), null,
                    outcomes, List.of(), List.of(), null, null));
            parts.add(QualificationUnit.mandatory(unitId, CreditPoints.ecvet(1)));
        }
        Qualification q = new Qualification("Q", text(langs, "Synthetic qualification"), null, EqfLevel.of(4), null,
                List.of(CreditPoints.ecvet(units)), parts, List.of(), null);
        return CompetenceFramework.builder("https://kulisse.org/frameworks/synthetic")
                .title(text(langs, "Synthetic framework")).languages(langs.toArray(String[]::new))
                .qualification(q).units(unitList).build();
    }

    private static LocalizedText text(List<String> languages, String english) {
        String[] pairs = new String[languages.size() * 2];
        for (int i = 0; i < languages.size(); i++) {
            pairs[2 * i] = languages.get(i);
            pairs[2 * i + 1] = i == 0 ? english : "[" + languages.get(i) + "] " + english;
        }
        return LocalizedText.of(pairs);
    }
}
