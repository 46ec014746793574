package org.kulisse.ecvet.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.Unit;
import org.kulisse.ecvet.MemorandumOfUnderstanding;
import org.kulisse.ecvet.OutcomeMapping;
import org.kulisse.ecvet.UnitCorrespondence;

/**
 * What the decision procedure looks up again and again for one home framework, memorandum and home qualification:
 * units by id and code, the agreed mappings, outcome weights, unit points. Immutable; built once and shared by every
 * learner of the same programme.
 */
public final class CaseIndex {
    final CompetenceFramework framework;
    final MemorandumOfUnderstanding mou;
    final String qualificationId;
    final Qualification qualification;
    final String creditSystem;
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Map<String, List<String>>> mappings = new HashMap<>();
    private final Map<String, UnitCorrespondence> correspondences = new HashMap<>();
    private final Map<String, BigDecimal> weights = new HashMap<>();
    private final Map<String, BigDecimal> totalWeights = new HashMap<>();
    private final Map<String, CreditPoints> unitPoints = new HashMap<>();

    CaseIndex(CompetenceFramework framework, MemorandumOfUnderstanding mou, String qualificationId) {
        this.framework = framework;
        this.mou = mou;
        this.qualificationId = qualificationId;
        this.qualification = qualificationId == null ? null : framework.qualification(qualificationId).orElse(null);
        this.creditSystem = qualification == null ? null
                : qualification.pointsIn(CreditPoints.ECVET).map(CreditPoints::system)
                        .orElse(qualification.creditPoints().isEmpty() ? null
                                : qualification.creditPoints().get(0).system());
        for (Unit unit : framework.units()) {
            if (unit.code() != null) {
                units.putIfAbsent(unit.code(), unit);
            }
        }
        for (Unit unit : framework.units()) {
            units.put(unit.id(), unit); // ids win over codes
            BigDecimal total = BigDecimal.ZERO;
            for (LearningOutcome outcome : unit.learningOutcomes()) {
                BigDecimal weight = outcome.weight() == null ? BigDecimal.ONE : outcome.weight();
                weights.put(outcome.id(), weight);
                total = total.add(weight);
            }
            totalWeights.put(unit.id(), total);
            if (qualification != null && creditSystem != null) {
                qualification.unit(unit.id()).flatMap(qu -> qu.pointsIn(creditSystem))
                        .ifPresent(p -> unitPoints.put(unit.id(), p));
            }
        }
        if (mou != null) {
            for (UnitCorrespondence c : mou.unitCorrespondences()) {
                correspondences.putIfAbsent(c.homeUnit(), c);
                Map<String, List<String>> byOutcome = mappings.computeIfAbsent(c.homeUnit(), u -> new HashMap<>());
                for (OutcomeMapping m : c.outcomeMappings()) {
                    byOutcome.putIfAbsent(m.homeOutcome(), m.hostOutcomes());
                }
            }
        }
    }

    boolean isFor(CompetenceFramework f, MemorandumOfUnderstanding m, String q) {
        return framework == f && mou == m && java.util.Objects.equals(qualificationId, q);
    }

    /** The unit with this id, or else this code. */
    Optional<Unit> unit(String idOrCode) {
        return Optional.ofNullable(idOrCode == null ? null : units.get(idOrCode));
    }

    /** The memorandum's host outcomes for a home outcome, or null. */
    List<String> mouMapping(String homeUnit, String homeOutcome) {
        Map<String, List<String>> byOutcome = mappings.get(homeUnit);
        return byOutcome == null ? null : byOutcome.get(homeOutcome);
    }

    Optional<UnitCorrespondence> correspondence(String homeUnit) {
        return Optional.ofNullable(correspondences.get(homeUnit));
    }

    BigDecimal weight(String outcomeId) {
        return weights.getOrDefault(outcomeId, BigDecimal.ONE);
    }

    BigDecimal totalWeight(String unitId) {
        return totalWeights.getOrDefault(unitId, BigDecimal.ZERO);
    }

    Optional<CreditPoints> unitPoints(String unitId) {
        return Optional.ofNullable(unitPoints.get(unitId));
    }
}
