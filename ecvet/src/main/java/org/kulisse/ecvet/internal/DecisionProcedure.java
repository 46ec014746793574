package org.kulisse.ecvet.internal;

import static org.kulisse.ecvet.ReasonCodes.DE_ABROAD_OVER_QUARTER;
import static org.kulisse.ecvet.ReasonCodes.DE_PLAN_REQUIRED;
import static org.kulisse.ecvet.ReasonCodes.EQF_INCOMPATIBLE;
import static org.kulisse.ecvet.ReasonCodes.EQF_NEEDS_REVIEW;
import static org.kulisse.ecvet.ReasonCodes.LA_NOT_SIGNED;
import static org.kulisse.ecvet.ReasonCodes.LA_SIGNED_LATE;
import static org.kulisse.ecvet.ReasonCodes.LO_FAILED;
import static org.kulisse.ecvet.ReasonCodes.LO_NOT_ASSESSED;
import static org.kulisse.ecvet.ReasonCodes.LO_NOT_MAPPED;
import static org.kulisse.ecvet.ReasonCodes.LO_NOT_TARGETED;
import static org.kulisse.ecvet.ReasonCodes.MOU_MISSING;
import static org.kulisse.ecvet.ReasonCodes.MOU_NOT_VALID_FOR_PERIOD;
import static org.kulisse.ecvet.ReasonCodes.MOU_QUALIFICATION_MISSING;
import static org.kulisse.ecvet.ReasonCodes.PARTIAL_NO_POINTS;
import static org.kulisse.ecvet.ReasonCodes.TRANSCRIPT_AGREEMENT_MISMATCH;
import static org.kulisse.ecvet.ReasonCodes.TRANSCRIPT_ISSUER_MISMATCH;
import static org.kulisse.ecvet.ReasonCodes.UNIT_ALREADY_AWARDED;
import static org.kulisse.ecvet.ReasonCodes.UNIT_EXPIRED;
import static org.kulisse.ecvet.ReasonCodes.UNKNOWN_UNIT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.OptionGroup;
import org.kulisse.core.model.Period;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;
import org.kulisse.ecvet.AssessmentResult;
import org.kulisse.ecvet.Comparability;
import org.kulisse.ecvet.ConvertedPoints;
import org.kulisse.ecvet.CreditConversions;
import org.kulisse.ecvet.DecisionStatus;
import org.kulisse.ecvet.LearningAgreement;
import org.kulisse.ecvet.MemorandumOfUnderstanding;
import org.kulisse.ecvet.MouQualification;
import org.kulisse.ecvet.OutcomeMapping;
import org.kulisse.ecvet.OutcomeResult;
import org.kulisse.ecvet.PartialPointsPolicy;
import org.kulisse.ecvet.PersonalTranscript;
import org.kulisse.ecvet.Reason;
import org.kulisse.ecvet.ReasonCodes;
import org.kulisse.ecvet.RecognitionDecision;
import org.kulisse.ecvet.Signature;
import org.kulisse.ecvet.Target;
import org.kulisse.ecvet.TransferCase;
import org.kulisse.ecvet.TransferPolicy;
import org.kulisse.ecvet.TransferResult;
import org.kulisse.ecvet.UnitAward;
import org.kulisse.ecvet.UnitCorrespondence;

/**
 * One run of the decision procedure (docs/ecvet.md): preconditions, then each target, then documented-only outcomes,
 * warnings and accumulation. Transcript lines are looked up by outcome id, so their order never matters.
 */
public final class DecisionProcedure {
    private static final int COVERAGE_SCALE = 4;

    private final CompetenceFramework framework;
    private final MemorandumOfUnderstanding mou;
    private final LearningAgreement agreement;
    private final PersonalTranscript transcript;
    private final TransferCase transferCase;
    private final TransferPolicy policy;
    private final CreditConversions conversions;
    private final LocalDate recognitionDate;
    private final Map<String, OutcomeResult> results = new HashMap<>();
    private final Qualification qualification;
    private final String creditSystem;
    private final CaseIndex index;

    public DecisionProcedure(TransferCase transferCase, TransferPolicy policy, CreditConversions conversions,
            LocalDate recognitionDate, CaseIndex cached) {
        this.transferCase = transferCase;
        this.index = cached != null && cached.isFor(transferCase.homeFramework(), transferCase.mou(),
                transferCase.agreement().homeQualification()) ? cached : index(transferCase);
        this.framework = transferCase.homeFramework();
        this.mou = transferCase.mou();
        this.agreement = transferCase.agreement();
        this.transcript = transferCase.transcript();
        this.policy = policy;
        this.conversions = conversions;
        this.recognitionDate = recognitionDate;
        for (OutcomeResult result : transcript.results()) {
            // a later line for the same outcome never silently wins: the worse result counts
            results.merge(result.outcome(), result, (a, b) -> rank(a) <= rank(b) ? a : b);
        }
        this.qualification = index.qualification;
        this.creditSystem = index.creditSystem;
    }

    /** The index for a case; callers keep it to decide many learners of one programme. */
    public static CaseIndex index(TransferCase transferCase) {
        return new CaseIndex(transferCase.homeFramework(), transferCase.mou(),
                transferCase.agreement().homeQualification());
    }

    public CaseIndex index() {
        return index;
    }

    private static int rank(OutcomeResult r) {
        return switch (r.result()) {
            case FAILED -> 0;
            case NOT_ASSESSED -> 1;
            case PASSED -> 2;
        };
    }

    public TransferResult run() {
        List<Reason> rejections = new ArrayList<>();
        boolean needsReview = checkPreconditions(rejections);
        List<RecognitionDecision> decisions = new ArrayList<>();
        Set<String> decidedFull = new HashSet<>();
        for (Target target : agreement.targets()) {
            Optional<Unit> unit = index.unit(target.homeUnit());
            if (unit.isEmpty()) {
                decisions.add(simple(target.homeUnit(), null, DecisionStatus.REJECTED, List.of(),
                        List.of(Reason.of(UNKNOWN_UNIT, "the home framework has no unit \"" + target.homeUnit() + "\"")),
                        needsReview));
            } else if (!rejections.isEmpty()) {
                decisions.add(simple(unit.get().id(), unit.get(), DecisionStatus.REJECTED, outcomeIds(unit.get()),
                        rejections, needsReview));
            } else {
                RecognitionDecision decision = decideUnit(unit.get(), target, decidedFull, needsReview);
                if (decision.status() == DecisionStatus.FULL) {
                    decidedFull.add(decision.unit());
                }
                decisions.add(decision);
            }
        }
        List<String> documentedOnly = rejections.isEmpty() ? documentedOnly() : List.of();
        TransferResult partial = new TransferResult(agreement.id(), agreement.homeQualification(), recognitionDate,
                policy, decisions, documentedOnly, warnings(), null, false);
        return accumulate(partial);
    }

    // ------------------------------------------------------------ P1–P5

    private boolean checkPreconditions(List<Reason> rejections) {
        // P1
        if (mou == null || !mou.id().equals(agreement.mou())) {
            rejections.add(Reason.of(MOU_MISSING, "the agreement is made under memorandum \"" + agreement.mou()
                    + "\", which was not given" + (mou == null ? "" : " (given: \"" + mou.id() + "\")")));
            return false;
        }
        for (String party : new String[] {agreement.home(), agreement.host()}) {
            if (mou.signatory(party).isEmpty()) {
                rejections.add(Reason.of(MOU_MISSING, "institution \"" + party + "\" has not signed memorandum \""
                        + mou.id() + "\""));
            }
        }
        // P2
        Period period = agreement.period();
        Period validity = mou.validity();
        if (period == null || period.from() == null || period.until() == null) {
            rejections.add(Reason.of(MOU_NOT_VALID_FOR_PERIOD, "the agreement gives no complete mobility period"));
        } else if (validity != null && (!validity.contains(period.from()) || !validity.contains(period.until()))) {
            rejections.add(Reason.of(MOU_NOT_VALID_FOR_PERIOD, "the memorandum is in force "
                    + describe(validity) + ", not on every day of the mobility " + describe(period)));
        }
        // P3
        String learner = agreement.learner() == null ? null : agreement.learner().id();
        for (String party : new String[] {agreement.home(), agreement.host(), learner}) {
            Optional<Signature> signature = agreement.signatureOf(party);
            if (signature.isEmpty() || signature.get().date() == null) {
                rejections.add(Reason.of(LA_NOT_SIGNED, "\"" + party + "\" has not signed the learning agreement"));
            } else if (period != null && period.from() != null && signature.get().date().isAfter(period.from())) {
                rejections.add(Reason.of(LA_SIGNED_LATE, "\"" + party + "\" signed on " + signature.get().date()
                        + ", after the mobility started on " + period.from()));
            }
        }
        // P4
        if (!agreement.host().equals(transcript.issuer())) {
            rejections.add(Reason.of(TRANSCRIPT_ISSUER_MISMATCH, "the transcript was issued by \""
                    + transcript.issuer() + "\", not by the host \"" + agreement.host() + "\""));
        }
        if (!agreement.id().equals(transcript.agreement())) {
            rejections.add(Reason.of(TRANSCRIPT_AGREEMENT_MISMATCH, "the transcript reports on agreement \""
                    + transcript.agreement() + "\", not \"" + agreement.id() + "\""));
        }
        // P5
        return checkComparability(rejections);
    }

    private boolean checkComparability(List<Reason> rejections) {
        Optional<MouQualification> home = mou.qualification(agreement.homeQualification());
        Optional<MouQualification> host = agreement.hostQualification() != null
                ? mou.qualification(agreement.hostQualification())
                : mou.qualifications().stream().filter(q -> agreement.host().equals(q.institution())).findFirst();
        if (home.isEmpty() || host.isEmpty() || qualification == null) {
            rejections.add(Reason.of(MOU_QUALIFICATION_MISSING, "the memorandum does not cover the "
                    + (home.isEmpty() || qualification == null ? "home qualification \""
                            + agreement.homeQualification() + "\"" : "host's qualification")));
            return false;
        }
        Optional<Comparability> statement = mou.comparability().stream()
                .filter(c -> c.homeQualification().equals(home.get().id())
                        && c.hostQualification().equals(host.get().id()))
                .findFirst();
        int homeLevel = qualification.eqfLevel().value();
        int hostLevel = host.get().eqfLevel().value();
        int d = Math.abs(homeLevel - hostLevel);
        String levels = "home EQF " + homeLevel + ", host EQF " + hostLevel;
        if (statement.isPresent() && !statement.get().comparable()) {
            rejections.add(Reason.of(EQF_INCOMPATIBLE, "the memorandum declares the qualifications not comparable ("
                    + levels + ")"));
            return false;
        }
        if (d > policy.eqfTolerance()) {
            rejections.add(Reason.of(EQF_INCOMPATIBLE, levels + ": a difference of " + d + " exceeds the tolerance of "
                    + policy.eqfTolerance()));
            return false;
        }
        return d > 0 && statement.isEmpty();
    }

    // ------------------------------------------------------------ U1–U9

    private RecognitionDecision decideUnit(Unit unit, Target target, Set<String> decidedFull, boolean needsReview) {
        List<Reason> reasons = new ArrayList<>();
        if (needsReview) {
            reasons.add(Reason.of(EQF_NEEDS_REVIEW, "the EQF levels of the qualifications differ and the memorandum "
                    + "does not declare them comparable: a person must confirm this decision"));
        }
        if (transferCase.record().hasAward(agreement.homeQualification(), unit.id()) || decidedFull.contains(unit.id())) {
            reasons.add(Reason.of(UNIT_ALREADY_AWARDED, "the learner already holds unit " + label(unit)
                    + "; it is not awarded twice"));
            return simple(unit.id(), unit, DecisionStatus.NOT_AWARDED_AGAIN, List.of(), reasons, needsReview);
        }
        Optional<UnitCorrespondence> correspondence = index.correspondence(unit.id());
        Set<String> targeted = target.isWholeUnit() ? Set.of() : new HashSet<>(target.outcomes());
        List<String> covered = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<OutcomeResult> evidence = new ArrayList<>();
        for (LearningOutcome outcome : unit.learningOutcomes()) {
            String id = outcome.id();
            if (!target.isWholeUnit() && !targeted.contains(id)
                    && (outcome.code() == null || !targeted.contains(outcome.code()))) {
                gaps.add(id);
                reasons.add(new Reason(LO_NOT_TARGETED, "not targeted by the learning agreement", id));
                continue;
            }
            List<String> hostOutcomes = hostOutcomes(target, unit.id(), id);
            if (hostOutcomes == null || hostOutcomes.isEmpty()) {
                gaps.add(id);
                reasons.add(new Reason(LO_NOT_MAPPED, "no agreed host outcome for it in the memorandum or agreement",
                        id));
                continue;
            }
            String failure = null;
            for (String hostOutcome : hostOutcomes) {
                OutcomeResult result = results.get(hostOutcome);
                if (result != null) {
                    evidence.add(result);
                }
                if (result == null || result.result() == AssessmentResult.NOT_ASSESSED) {
                    failure = failure != null ? failure : LO_NOT_ASSESSED;
                    reasons.add(new Reason(LO_NOT_ASSESSED, "host outcome \"" + hostOutcome + "\" was "
                            + (result == null ? "not in the transcript" : "not assessed"), id));
                } else if (result.result() == AssessmentResult.FAILED) {
                    failure = LO_FAILED;
                    reasons.add(new Reason(LO_FAILED, "host outcome \"" + hostOutcome + "\" was failed", id));
                }
            }
            if (failure == null) {
                covered.add(id);
            } else {
                gaps.add(id);
            }
        }
        evidence.sort(Comparator.comparing(OutcomeResult::outcome));
        Optional<Reason> expiry = expiry(unit, correspondence, evidence);
        if (expiry.isPresent()) {
            reasons.add(expiry.get());
            return new RecognitionDecision(unit.id(), unit.code(), DecisionStatus.EXPIRED, BigDecimal.ZERO
                    .setScale(COVERAGE_SCALE), zeroPoints(), List.of(), outcomeIds(unit), reasons, evidence,
                    measures(unit, outcomeIds(unit)), needsReview);
        }
        BigDecimal coveredWeight = BigDecimal.ZERO;
        for (String id : covered) {
            coveredWeight = coveredWeight.add(index.weight(id));
        }
        BigDecimal totalWeight = index.totalWeight(unit.id());
        BigDecimal coverage = totalWeight.signum() == 0 ? BigDecimal.ZERO.setScale(COVERAGE_SCALE)
                : coveredWeight.divide(totalWeight, COVERAGE_SCALE, RoundingMode.HALF_UP);
        DecisionStatus status = gaps.isEmpty() ? DecisionStatus.FULL
                : covered.isEmpty() ? DecisionStatus.NOT_RECOGNISED : DecisionStatus.PARTIAL;
        CreditPoints points = points(unit, target, status, coveredWeight, totalWeight, reasons);
        return new RecognitionDecision(unit.id(), unit.code(), status, coverage, points, covered, gaps, reasons,
                evidence, measures(unit, gaps), needsReview);
    }

    private Optional<Reason> expiry(Unit unit, Optional<UnitCorrespondence> correspondence,
            List<OutcomeResult> evidence) {
        if (unit.validity() != null && unit.validity().until() != null
                && unit.validity().until().isBefore(recognitionDate)) {
            return Optional.of(Reason.of(UNIT_EXPIRED, "unit " + label(unit) + " was valid until "
                    + unit.validity().until() + "; recognition is requested on " + recognitionDate));
        }
        Optional<java.time.Period> validity = correspondence.map(UnitCorrespondence::creditValidity);
        Optional<LocalDate> assessed = evidence.stream().map(OutcomeResult::date).filter(d -> d != null)
                .min(Comparator.naturalOrder());
        if (validity.isPresent() && assessed.isPresent() && assessed.get().plus(validity.get()).isBefore(
                recognitionDate)) {
            return Optional.of(Reason.of(UNIT_EXPIRED, "assessed on " + assessed.get() + "; results stay valid for "
                    + validity.get() + ", so they lapsed on " + assessed.get().plus(validity.get())
                    + ", before recognition on " + recognitionDate + ": re-assessment required"));
        }
        return Optional.empty();
    }

    private CreditPoints points(Unit unit, Target target, DecisionStatus status, BigDecimal coveredWeight,
            BigDecimal totalWeight, List<Reason> reasons) {
        Optional<CreditPoints> unitPoints = unitPoints(unit.id());
        if (unitPoints.isEmpty()) {
            return null;
        }
        BigDecimal full = unitPoints.get().value();
        BigDecimal value;
        if (status == DecisionStatus.FULL) {
            value = full;
        } else if (status == DecisionStatus.PARTIAL) {
            value = switch (policy.partialPoints()) {
                case NONE -> BigDecimal.ZERO;
                case PRO_RATA -> full.multiply(coveredWeight).divide(totalWeight, 1, RoundingMode.HALF_UP);
                case LA_SPECIFIED -> target.agreedPoints() != null && target.agreedPoints().isIn(creditSystem)
                        ? target.agreedPoints().value().min(full) : BigDecimal.ZERO;
            };
            if (policy.partialPoints() == PartialPointsPolicy.NONE) {
                reasons.add(Reason.of(PARTIAL_NO_POINTS, "the covered outcomes are recorded as credit; points come "
                        + "with the whole unit (policy NONE)"));
            }
        } else {
            value = BigDecimal.ZERO;
        }
        return new CreditPoints(value, creditSystem);
    }

    private Optional<CreditPoints> unitPoints(String unitId) {
        return index.unitPoints(unitId);
    }

    private CreditPoints zeroPoints() {
        return creditSystem == null ? null : new CreditPoints(BigDecimal.ZERO, creditSystem);
    }

    /** The agreed host outcomes of a home outcome: the agreement's mapping first, else the memorandum's. */
    private List<String> hostOutcomes(Target target, String unitId, String outcomeId) {
        for (OutcomeMapping m : target.outcomeMappings()) {
            if (m.homeOutcome().equals(outcomeId)) {
                return m.hostOutcomes();
            }
        }
        return index.mouMapping(unitId, outcomeId);
    }

    private static List<String> measures(Unit unit, List<String> gaps) {
        List<String> measures = new ArrayList<>();
        for (LearningOutcome outcome : unit.learningOutcomes()) {
            if (gaps.contains(outcome.id())) {
                measures.add("training and/or assessment at home for " + (outcome.code() != null ? outcome.code()
                        : outcome.id()) + ": " + outcome.statement().getOrFirst("en").orElse(outcome.id()));
            }
        }
        return measures;
    }

    private RecognitionDecision simple(String unitId, Unit unit, DecisionStatus status, List<String> gaps,
            List<Reason> reasons, boolean needsReview) {
        CreditPoints zero = unit == null ? null : unitPoints(unit.id()).map(p -> new CreditPoints(BigDecimal.ZERO,
                p.system())).orElse(null);
        return new RecognitionDecision(unitId, unit == null ? null : unit.code(), status,
                BigDecimal.ZERO.setScale(COVERAGE_SCALE), zero, List.of(), gaps, reasons, List.of(), List.of(),
                needsReview);
    }

    private static List<String> outcomeIds(Unit unit) {
        return unit.learningOutcomes().stream().map(LearningOutcome::id).toList();
    }

    // ------------------------------------------------------------ U7, A1–A3

    private List<String> documentedOnly() {
        Set<String> targetedHost = new HashSet<>();
        for (Target target : agreement.targets()) {
            Optional<Unit> unit = index.unit(target.homeUnit());
            for (LearningOutcome outcome : unit.map(Unit::learningOutcomes).orElse(List.of())) {
                boolean isTargeted = target.isWholeUnit() || target.outcomes().contains(outcome.id())
                        || (outcome.code() != null && target.outcomes().contains(outcome.code()));
                List<String> host = isTargeted ? hostOutcomes(target, unit.get().id(), outcome.id()) : null;
                if (host != null) {
                    targetedHost.addAll(host);
                }
            }
        }
        List<String> extra = new ArrayList<>();
        for (OutcomeResult r : transcript.results()) {
            if (r.result() == AssessmentResult.PASSED && !targetedHost.contains(r.outcome())) {
                extra.add(r.outcome());
            }
        }
        if (extra.isEmpty()) {
            return List.of();
        }
        extra.sort(null);
        return List.copyOf(new LinkedHashSet<>(extra));
    }

    private List<Reason> warnings() {
        List<Reason> warnings = new ArrayList<>();
        var training = agreement.training();
        Period period = agreement.period();
        if (training == null || !"DE".equalsIgnoreCase(training.country()) || period == null
                || period.from() == null || period.until() == null) {
            return warnings;
        }
        long days = ChronoUnit.DAYS.between(period.from(), period.until()) + 1;
        if (training.durationWeeks() != null && days * 4 > training.durationWeeks() * 7L) {
            warnings.add(Reason.of(DE_ABROAD_OVER_QUARTER, "BBiG §2(3): " + days + " days abroad exceed a quarter of "
                    + "the " + training.durationWeeks() + "-week training"));
        }
        if (days > 56 && !training.agreedPlan()) {
            warnings.add(Reason.of(DE_PLAN_REQUIRED, "BBiG §76(3): more than 8 weeks abroad (" + days
                    + " days) need a plan agreed with the competent body"));
        }
        return warnings;
    }

    private TransferResult accumulate(TransferResult result) {
        if (qualification == null) {
            return result;
        }
        List<Reason> warnings = new ArrayList<>(result.warnings());
        Map<String, BigDecimal> byUnit = new HashMap<>();
        Set<String> held = new HashSet<>();
        for (UnitAward award : transferCase.record().awards()) {
            if (!award.qualification().equals(qualification.id()) || !held.add(award.unit())) {
                continue; // U9: each (qualification, unit) once
            }
            if (award.points() != null && creditSystem != null) {
                Optional<ConvertedPoints> converted = conversions.convert(award.points(), creditSystem);
                if (converted.isPresent() && !converted.get().isIndicative()) {
                    byUnit.put(award.unit(), converted.get().value().value());
                } else {
                    warnings.add(Reason.of(ReasonCodes.POINTS_NOT_CONVERTIBLE, "the points of unit \"" + award.unit()
                            + "\" (" + award.points() + ") cannot be converted to the home credit system"));
                }
            }
        }
        for (RecognitionDecision decision : result.decisions()) {
            boolean counts = decision.status() == DecisionStatus.FULL
                    || (decision.status() == DecisionStatus.PARTIAL && policy.partialPointsCount());
            if (counts && decision.awardedPoints() != null && !held.contains(decision.unit())) {
                byUnit.merge(decision.unit(), decision.awardedPoints().value(), BigDecimal::max);
            }
            if (decision.status() == DecisionStatus.FULL) {
                held.add(decision.unit());
            }
        }
        CreditPoints accumulated = creditSystem == null ? null
                : new CreditPoints(byUnit.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), creditSystem);
        return new TransferResult(result.agreement(), result.qualification(), result.recognitionDate(),
                result.policy(), result.decisions(), result.documentedOnly(), warnings, accumulated,
                complete(held));
    }

    private boolean complete(Set<String> held) {
        Map<String, Integer> chosen = new HashMap<>();
        for (QualificationUnit qu : qualification.units()) {
            if (qu.isMandatory() && !held.contains(qu.unit())) {
                return false;
            }
            if (!qu.isMandatory() && held.contains(qu.unit())) {
                chosen.merge(qu.optionGroup(), 1, Integer::sum);
            }
        }
        for (OptionGroup group : qualification.optionGroups()) {
            if (chosen.getOrDefault(group.id(), 0) < group.choose()) {
                return false;
            }
        }
        return !qualification.units().isEmpty();
    }

    private static String label(Unit unit) {
        return unit.code() != null ? unit.code() : "\"" + unit.id() + "\"";
    }

    private static String describe(Period p) {
        return "from " + (p.from() == null ? "the start" : p.from()) + " until "
                + (p.until() == null ? "further notice" : p.until());
    }
}
