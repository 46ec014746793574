package org.kulisse.europass;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.Learner;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.Period;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;
import org.kulisse.ecvet.CompetentInstitution;
import org.kulisse.ecvet.DecisionStatus;
import org.kulisse.ecvet.RecognitionDecision;
import org.kulisse.ecvet.TransferResult;

/**
 * What a learner achieved of one qualification of a framework: the input of every Europass writer.
 *
 * <p>Build it with {@link #builder(Learner, CompetenceFramework)}; the achieved units come either from the whole
 * qualification ({@link Builder#wholeQualification()}) or from ECVET recognition decisions
 * ({@link Builder#recognised(TransferResult)}).
 *
 * @param learner the learner
 * @param framework the framework the qualification belongs to
 * @param qualification the qualification
 * @param units the achieved units, in the qualification's order
 * @param provider the institution that provides the training and awards the qualification, or null
 * @param training the period of the training, or null
 * @param placement the placement abroad, or null
 * @param occupation the ESCO occupation aimed at, or null
 * @param isced97Field the ISCED-97 two-digit field of education for the Europass CV (e.g. "21" arts), or null
 * @param iscedFCode the ISCED-F 2013 field code for the credential (e.g. "0215" music and performing arts), or null
 * @param awarded the date of the award (or of the recognition), or null
 */
public record LearnerAchievement(
        Learner learner,
        CompetenceFramework framework,
        Qualification qualification,
        List<AchievedUnit> units,
        CompetentInstitution provider,
        Period training,
        Placement placement,
        TargetOccupation occupation,
        String isced97Field,
        String iscedFCode,
        LocalDate awarded) {

    public LearnerAchievement {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(qualification, "qualification");
        units = units == null ? List.of() : List.copyOf(units);
        if (isced97Field != null && !isced97Field.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("an ISCED-97 field is two digits, not " + isced97Field);
        }
        if (iscedFCode != null && !iscedFCode.matches("[0-9]{2,4}")) {
            throw new IllegalArgumentException("an ISCED-F 2013 field code is 2 to 4 digits, not " + iscedFCode);
        }
    }

    public static Builder builder(Learner learner, CompetenceFramework framework) {
        return new Builder(learner, framework);
    }

    /** Whether every unit of the qualification is achieved completely. */
    public boolean qualificationComplete() {
        return !units.isEmpty() && units.size() == qualification.units().size()
                && units.stream().allMatch(AchievedUnit::complete);
    }

    /** The points of the achieved units in one credit system, summed; empty if none carries points in it. */
    public Optional<CreditPoints> points(String creditSystem) {
        return units.stream().map(AchievedUnit::points).filter(p -> p != null && p.isIn(creditSystem))
                .map(CreditPoints::value).reduce(java.math.BigDecimal::add)
                .map(sum -> new CreditPoints(sum, creditSystem));
    }

    /** The framework unit behind an achieved unit. */
    public Unit unit(AchievedUnit achieved) {
        return framework.unit(achieved.unit()).orElseThrow(() -> new IllegalStateException(
                "the framework has no unit " + achieved.unit()));
    }

    /** The achieved outcomes of an achieved unit, in the unit's order. */
    public List<LearningOutcome> outcomes(AchievedUnit achieved) {
        return unit(achieved).learningOutcomes().stream().filter(o -> achieved.outcomes().contains(o.id())).toList();
    }

    /** Builds a {@link LearnerAchievement}; every setter is optional except the units. */
    public static final class Builder {
        private final Learner learner;
        private final CompetenceFramework framework;
        private String qualificationId;
        private List<AchievedUnit> units;
        private boolean whole;
        private TransferResult transfer;
        private CompetentInstitution provider;
        private Period training;
        private Placement placement;
        private TargetOccupation occupation;
        private String isced97Field;
        private String iscedFCode;
        private LocalDate awarded;

        private Builder(Learner learner, CompetenceFramework framework) {
            this.learner = Objects.requireNonNull(learner, "learner");
            this.framework = Objects.requireNonNull(framework, "framework");
        }

        /** The qualification by id; by default the framework's first. */
        public Builder qualification(String id) {
            this.qualificationId = id;
            return this;
        }

        /** The learner achieved the whole qualification: every unit, with its points. */
        public Builder wholeQualification() {
            this.whole = true;
            return this;
        }

        /**
         * The learner achieved what ECVET recognised: units decided FULL with their awarded points, and the covered
         * outcomes of units decided PARTIAL (with the points a partial policy awarded, if any).
         */
        public Builder recognised(TransferResult result) {
            this.transfer = Objects.requireNonNull(result, "result");
            return this;
        }

        /** The achieved units, given one by one. */
        public Builder units(List<AchievedUnit> achieved) {
            this.units = List.copyOf(achieved);
            return this;
        }

        public Builder provider(CompetentInstitution value) {
            this.provider = value;
            return this;
        }

        public Builder training(Period value) {
            this.training = value;
            return this;
        }

        public Builder placement(Placement value) {
            this.placement = value;
            return this;
        }

        public Builder occupation(TargetOccupation value) {
            this.occupation = value;
            return this;
        }

        public Builder isced97Field(String value) {
            this.isced97Field = value;
            return this;
        }

        public Builder iscedFCode(String value) {
            this.iscedFCode = value;
            return this;
        }

        public Builder awarded(LocalDate value) {
            this.awarded = value;
            return this;
        }

        /**
         * @throws IllegalArgumentException if the qualification is unknown, no source of units was chosen, or the
         *     decisions concern another qualification
         */
        public LearnerAchievement build() {
            Qualification qualification = qualificationId == null
                    ? framework.qualifications().stream().findFirst().orElseThrow(() ->
                            new IllegalArgumentException("the framework " + framework.id() + " has no qualification"))
                    : framework.qualification(qualificationId).orElseThrow(() ->
                            new IllegalArgumentException("the framework has no qualification " + qualificationId));
            List<AchievedUnit> achieved;
            LocalDate date = awarded;
            if (units != null) {
                achieved = units;
            } else if (whole) {
                achieved = new ArrayList<>();
                for (QualificationUnit qu : qualification.units()) {
                    Unit unit = framework.unit(qu.unit()).orElseThrow(() -> new IllegalArgumentException(
                            "the qualification names the unit " + qu.unit() + " that the framework lacks"));
                    achieved.add(new AchievedUnit(unit.id(), unit.learningOutcomes().stream().map(
                            LearningOutcome::id).toList(), qu.pointsIn(CreditPoints.ECVET).orElse(
                            qu.points().isEmpty() ? null : qu.points().get(0)), true));
                }
            } else if (transfer != null) {
                if (!qualification.id().equals(transfer.qualification())) {
                    throw new IllegalArgumentException("the decisions concern qualification "
                            + transfer.qualification() + ", not " + qualification.id());
                }
                achieved = fromDecisions(qualification, transfer.decisions());
                date = date == null ? transfer.recognitionDate() : date;
            } else {
                throw new IllegalArgumentException("say what was achieved: wholeQualification(), recognised(...) or "
                        + "units(...)");
            }
            return new LearnerAchievement(learner, framework, qualification, achieved, provider, training, placement,
                    occupation, isced97Field, iscedFCode, date);
        }

        private static List<AchievedUnit> fromDecisions(Qualification qualification,
                List<RecognitionDecision> decisions) {
            List<AchievedUnit> achieved = new ArrayList<>();
            for (QualificationUnit qu : qualification.units()) {
                for (RecognitionDecision d : decisions) {
                    if (!d.unit().equals(qu.unit()) || d.coveredOutcomes().isEmpty()) {
                        continue;
                    }
                    if (d.status() == DecisionStatus.FULL) {
                        achieved.add(new AchievedUnit(d.unit(), d.coveredOutcomes(), d.awardedPoints(), true));
                    } else if (d.status() == DecisionStatus.PARTIAL) {
                        achieved.add(new AchievedUnit(d.unit(), d.coveredOutcomes(), d.awardedPoints(), false));
                    }
                }
            }
            return achieved;
        }
    }
}
