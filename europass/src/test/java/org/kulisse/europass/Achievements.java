package org.kulisse.europass;

import java.time.LocalDate;
import java.util.List;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Period;
import org.kulisse.core.testing.Fixtures;
import org.kulisse.ecvet.CompetentInstitution;
import org.kulisse.ecvet.InstitutionRole;

/** Achievements of the test fixtures. */
final class Achievements {
    static final String STAGE_TECHNICIAN =
            "http://data.europa.eu/esco/occupation/acb6b99a-6c13-482a-81b1-8b5614e0153e";

    private Achievements() {
    }

    static CompetentInstitution school() {
        return new CompetentInstitution("DE-SCHOOL", "Berufsschule <Bühne> & Technik", "DE", null,
                "https://school.example.org", null, List.of(InstitutionRole.HOME), null);
    }

    static CompetentInstitution host() {
        return CompetentInstitution.of("IT-HOST", "Teatro Piccolo", "IT", InstitutionRole.HOST);
    }

    /** The whole rigging qualification with a placement, an occupation and every optional field. */
    static LearnerAchievement rigging() {
        return LearnerAchievement.builder(Fixtures.learner(), Fixtures.rigging())
                .wholeQualification()
                .provider(school())
                .training(new Period(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30)))
                .placement(new Placement(host(), new Period(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 6, 7)),
                        LocalizedText.of("en", "Rigging in a 180-seat theatre.", "de",
                                "Rigging in einem Theater mit 180 Plätzen."), "R"))
                .occupation(new TargetOccupation(STAGE_TECHNICIAN,
                        LocalizedText.of("en", "stage technician", "de", "Bühnentechniker/Bühnentechnikerin")))
                .isced97Field("21")
                .iscedFCode("0215")
                .awarded(LocalDate.of(2026, 7, 1))
                .build();
    }
}
