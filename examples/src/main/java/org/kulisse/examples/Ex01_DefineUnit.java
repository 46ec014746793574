package org.kulisse.examples;

import java.util.List;
import org.kulisse.core.json.KulisseJson;
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

/** The README's one-minute example: define a unit, validate it, write Kulisse JSON. */
public final class Ex01_DefineUnit {
    private Ex01_DefineUnit() {
    }

    public static void main(String[] args) {
        // A unit of learning outcomes, in two languages
        Unit lighting = Unit.of("LX-U1", "U1",
                LocalizedText.of("en", "Light board operation", "it", "Gestione della consolle luci"),
                List.of(LearningOutcome.knowledge("LX-U1-K1", "K1", LocalizedText.of(
                                "en", "Explain DMX addressing.",
                                "it", "Spiegare l'indirizzamento DMX.")),
                        LearningOutcome.skill("LX-U1-S1", "S1", LocalizedText.of(
                                "en", "Programme and run cues on a lighting desk.",
                                "it", "Programmare ed eseguire i cue su una consolle luci.")),
                        LearningOutcome.competence("LX-U1-C1", "C1", LocalizedText.of(
                                "en", "Run the lighting cues of a show reliably.",
                                "it", "Eseguire in modo affidabile i cambi luce di uno spettacolo."))));

        // ...part of a qualification at EQF level 3 worth 10 ECVET points
        Qualification operator = new Qualification("LX-Q", LocalizedText.of("en", "Lighting operator",
                "it", "Operatore luci"), null, EqfLevel.of(3), null, List.of(CreditPoints.ecvet(10)),
                List.of(QualificationUnit.mandatory("LX-U1", CreditPoints.ecvet(10))), List.of(), null);

        CompetenceFramework framework = CompetenceFramework.builder("https://example.org/frameworks/lighting")
                .title(LocalizedText.of("en", "Lighting", "it", "Luci"))
                .languages("en", "it")
                .qualification(operator)
                .unit(lighting)
                .build();

        // Validate: a report of (path, code, message), never an exception for bad data
        ValidationReport report = ModelValidator.standard().validate(framework);
        System.out.println("valid: " + report.isValid() + ", violations: " + report.violations());

        // Write Kulisse JSON (deterministic, lossless)
        System.out.println(KulisseJson.create().writeString(framework));
    }
}
