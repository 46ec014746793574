package org.kulisse.examples;

import java.util.List;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;
import org.kulisse.core.validation.ModelValidator;
import org.kulisse.core.validation.ValidationReport;
import org.kulisse.core.validation.Violation;

/** Validation reports every mistake with its path and a stable code, and never throws for bad data. */
public final class Ex02_Validate {
    private Ex02_Validate() {
    }

    public static void main(String[] args) {
        Unit sound = Unit.of("SND-U1", "U1", LocalizedText.of("en", "Sound desk operation"),
                List.of(LearningOutcome.skill("SND-U1-S1", "S1", LocalizedText.of("en", "Mix a live show."))));
        Unit empty = Unit.of("SND-U2", "U2", LocalizedText.of("english", "Microphones"), List.of());
        Qualification operator = new Qualification("SND-Q", LocalizedText.of("en", "Sound operator"), null,
                EqfLevel.of(3), null, List.of(CreditPoints.ecvet(20)),
                List.of(QualificationUnit.mandatory("SND-U1", CreditPoints.ecvet(10)),
                        QualificationUnit.mandatory("SND-U2", CreditPoints.ecvet(9))), List.of(), null);
        CompetenceFramework framework = CompetenceFramework.builder("https://example.org/frameworks/sound")
                .title(LocalizedText.of("en", "Sound")).languages("en")
                .qualification(operator).unit(sound).unit(empty).build();

        ValidationReport report = ModelValidator.standard().validate(framework);
        System.out.println("valid: " + report.isValid() + ", " + report.errors().size() + " errors, "
                + report.warnings().size() + " warnings");
        for (Violation violation : report.violations()) {
            System.out.println("  " + violation);
        }
    }
}
