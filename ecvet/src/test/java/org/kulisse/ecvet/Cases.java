package org.kulisse.ecvet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Period;
import org.kulisse.core.model.PersonName;
import org.kulisse.core.testing.Fixtures;

/** A small transfer case on the core test fixture (rigging framework: RIG-U1 with 2 outcomes, RIG-U2 with 1). */
final class Cases {
    static final LocalDate START = LocalDate.of(2026, 4, 13);
    static final LocalDate END = LocalDate.of(2026, 6, 7);

    private Cases() {
    }

    static MemorandumOfUnderstanding mou(CompetenceFramework framework) {
        List<UnitCorrespondence> correspondences = new ArrayList<>();
        framework.units().forEach(u -> correspondences.add(new UnitCorrespondence(u.id(), u.id(),
                u.learningOutcomes().stream().map(LearningOutcome::id).map(OutcomeMapping::identity).toList(), null)));
        return new MemorandumOfUnderstanding("MOU-1", LocalizedText.of("en", "Trust."),
                List.of(CompetentInstitution.of("HOME", "Home school", "IT", InstitutionRole.HOME),
                        CompetentInstitution.of("HOST", "Host theatre", "DE", InstitutionRole.HOST)),
                List.of(), List.of(new MouQualification(framework.qualifications().get(0).id(), "HOME",
                        LocalizedText.of("en", "Home"), framework.qualifications().get(0).eqfLevel(), null,
                        framework.qualifications().get(0).creditPoints()),
                        new MouQualification("HOST-Q", "HOST", LocalizedText.of("en", "Host"), EqfLevel.of(
                                framework.qualifications().get(0).eqfLevel().value()), null, List.of())),
                List.of(), correspondences, null, new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)),
                null, List.of(), null);
    }

    static LearningAgreement agreement(CompetenceFramework framework, List<Target> targets) {
        LocalDate signed = START.minusDays(10);
        return new LearningAgreement("LA-1", "MOU-1", new LearnerRef("L1", new PersonName("Ada", "Byron")), "HOME",
                "HOST", new Period(START, END), framework.qualifications().get(0).id(), null, targets, List.of(),
                null, null, null, null, List.of(new Signature("HOME", "A", null, null, signed),
                        new Signature("HOST", "B", null, null, signed), new Signature("L1", "Ada", null, null, signed)),
                null);
    }

    static PersonalTranscript transcript(List<OutcomeResult> results) {
        return new PersonalTranscript("TR-1", "LA-1", "HOST", "L1", END, results, List.of(), List.of(), null);
    }

    static TransferCase rigging(List<Target> targets, List<OutcomeResult> results) {
        CompetenceFramework framework = Fixtures.rigging();
        return new TransferCase(framework, mou(framework), agreement(framework, targets), transcript(results), null);
    }

    static CreditPoints ecvet(long value) {
        return CreditPoints.ecvet(value);
    }
}
