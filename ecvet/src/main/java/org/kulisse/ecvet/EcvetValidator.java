package org.kulisse.ecvet;

import static org.kulisse.core.validation.ViolationCodes.DUPLICATE_ID;
import static org.kulisse.core.validation.ViolationCodes.EQF_LEVEL_OUT_OF_RANGE;
import static org.kulisse.core.validation.ViolationCodes.INVALID_COUNTRY;
import static org.kulisse.core.validation.ViolationCodes.INVALID_PERIOD;
import static org.kulisse.core.validation.ViolationCodes.REQUIRED;
import static org.kulisse.core.validation.ViolationCodes.UNKNOWN_UNIT_REFERENCE;
import static org.kulisse.ecvet.EcvetViolationCodes.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.Period;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.Unit;
import org.kulisse.core.validation.ModelValidator;
import org.kulisse.core.validation.ValidationReport;
import org.kulisse.core.validation.Violation;

/**
 * Validates the mobility documents, alone and together, with the report shape of core: JSON pointers into each
 * document, stable codes ({@link EcvetViolationCodes} and core's), errors and warnings. Never throws for bad data.
 */
public final class EcvetValidator {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private EcvetValidator() {
    }

    public static ValidationReport validate(MemorandumOfUnderstanding mou) {
        List<Violation> found = new ArrayList<>();
        required(found, mou.id(), "/id");
        if (mou.signatories().size() < 2) {
            found.add(Violation.error("/signatories", TOO_FEW_SIGNATORIES,
                    "a memorandum needs at least two signatories, found " + mou.signatories().size()));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < mou.signatories().size(); i++) {
            CompetentInstitution s = mou.signatories().get(i);
            String path = "/signatories/" + i;
            required(found, s.id(), path + "/id");
            required(found, s.name(), path + "/name");
            if (s.id() != null && !ids.add(s.id())) {
                found.add(Violation.error(path + "/id", DUPLICATE_ID, "institution \"" + s.id() + "\" is listed twice"));
            }
            country(found, s.country(), path + "/country");
        }
        Set<String> qualifications = new HashSet<>();
        for (int i = 0; i < mou.qualifications().size(); i++) {
            MouQualification q = mou.qualifications().get(i);
            String path = "/qualifications/" + i;
            required(found, q.id(), path + "/id");
            qualifications.add(q.id());
            signatory(found, mou, q.institution(), path + "/institution");
            eqf(found, q.eqfLevel(), path + "/eqfLevel");
        }
        for (int i = 0; i < mou.comparability().size(); i++) {
            Comparability c = mou.comparability().get(i);
            for (String side : new String[] {"homeQualification", "hostQualification"}) {
                String id = side.equals("homeQualification") ? c.homeQualification() : c.hostQualification();
                if (id == null || !qualifications.contains(id)) {
                    found.add(Violation.error("/comparability/" + i + "/" + side, UNKNOWN_QUALIFICATION,
                            "the memorandum covers no qualification \"" + id + "\""));
                }
            }
        }
        Set<String> homeUnits = new HashSet<>();
        for (int i = 0; i < mou.unitCorrespondences().size(); i++) {
            UnitCorrespondence c = mou.unitCorrespondences().get(i);
            required(found, c.homeUnit(), "/unitCorrespondences/" + i + "/homeUnit");
            if (c.homeUnit() != null && !homeUnits.add(c.homeUnit())) {
                found.add(Violation.error("/unitCorrespondences/" + i + "/homeUnit", DUPLICATE_ID,
                        "home unit \"" + c.homeUnit() + "\" has two correspondences"));
            }
        }
        period(found, mou.validity(), "/validity", false);
        for (int i = 0; i < mou.signatures().size(); i++) {
            signatory(found, mou, mou.signatures().get(i).party(), "/signatures/" + i + "/party");
        }
        return new ValidationReport(found);
    }

    public static ValidationReport validate(LearningAgreement la) {
        List<Violation> found = new ArrayList<>();
        required(found, la.id(), "/id");
        required(found, la.mou(), "/mou");
        required(found, la.learner() == null ? null : la.learner().id(), "/learner/id");
        required(found, la.home(), "/home");
        required(found, la.host(), "/host");
        required(found, la.homeQualification(), "/homeQualification");
        if (la.home() != null && la.home().equals(la.host())) {
            found.add(Violation.error("/host", SAME_INSTITUTION, "home and host are the same institution"));
        }
        period(found, la.period(), "/period", true);
        if (la.targets().isEmpty()) {
            found.add(Violation.error("/targets", NO_TARGETS, "the agreement targets no unit"));
        }
        Set<String> units = new HashSet<>();
        for (int i = 0; i < la.targets().size(); i++) {
            Target t = la.targets().get(i);
            required(found, t.homeUnit(), "/targets/" + i + "/homeUnit");
            if (t.homeUnit() != null && !units.add(t.homeUnit())) {
                found.add(Violation.error("/targets/" + i + "/homeUnit", DUPLICATE_TARGET,
                        "unit \"" + t.homeUnit() + "\" is targeted twice"));
            }
        }
        if (la.training() != null) {
            country(found, la.training().country(), "/training/country");
        }
        return new ValidationReport(found);
    }

    public static ValidationReport validate(PersonalTranscript t) {
        List<Violation> found = new ArrayList<>();
        required(found, t.id(), "/id");
        required(found, t.agreement(), "/agreement");
        required(found, t.issuer(), "/issuer");
        if (t.issued() == null) {
            found.add(Violation.error("/issued", REQUIRED, "the issue date is required"));
        }
        if (t.results().isEmpty()) {
            found.add(Violation.error("/results", NO_RESULTS, "the transcript reports no result"));
        }
        Set<String> outcomes = new HashSet<>();
        for (int i = 0; i < t.results().size(); i++) {
            OutcomeResult r = t.results().get(i);
            String path = "/results/" + i;
            required(found, r.outcome(), path + "/outcome");
            if (r.result() == null) {
                found.add(Violation.error(path + "/result", REQUIRED, "PASSED, FAILED or NOT_ASSESSED is required"));
            }
            if (r.outcome() != null && !outcomes.add(r.outcome())) {
                found.add(Violation.error(path + "/outcome", DUPLICATE_RESULT, "outcome \"" + r.outcome()
                        + "\" has two results"));
            }
            if (r.date() != null && t.issued() != null && r.date().isAfter(t.issued())) {
                found.add(Violation.error(path + "/date", DATE_OUT_OF_ORDER, "assessed on " + r.date()
                        + ", after the transcript was issued on " + t.issued()));
            }
        }
        return new ValidationReport(found);
    }

    public static ValidationReport validate(LearnerRecord record) {
        List<Violation> found = new ArrayList<>();
        required(found, record.learner(), "/learner");
        for (int i = 0; i < record.awards().size(); i++) {
            required(found, record.awards().get(i).qualification(), "/awards/" + i + "/qualification");
            required(found, record.awards().get(i).unit(), "/awards/" + i + "/unit");
        }
        return new ValidationReport(found);
    }

    /** Each document, and the references between them and to the home framework. */
    public static CaseValidation validate(TransferCase c) {
        CompetenceFramework framework = c.homeFramework();
        List<Violation> mouFound = new ArrayList<>(validate(c.mou()).violations());
        List<Violation> laFound = new ArrayList<>(validate(c.agreement()).violations());
        List<Violation> trFound = new ArrayList<>(validate(c.transcript()).violations());
        MemorandumOfUnderstanding mou = c.mou();
        LearningAgreement la = c.agreement();
        PersonalTranscript tr = c.transcript();

        for (int i = 0; i < mou.unitCorrespondences().size(); i++) {
            UnitCorrespondence uc = mou.unitCorrespondences().get(i);
            Optional<Unit> unit = uc.homeUnit() == null ? Optional.empty() : framework.unit(uc.homeUnit());
            if (uc.homeUnit() != null && unit.isEmpty()) {
                mouFound.add(Violation.error("/unitCorrespondences/" + i + "/homeUnit", UNKNOWN_UNIT_REFERENCE,
                        "the home framework has no unit \"" + uc.homeUnit() + "\""));
            }
            for (int k = 0; k < uc.outcomeMappings().size() && unit.isPresent(); k++) {
                String outcome = uc.outcomeMappings().get(k).homeOutcome();
                if (unit.get().outcome(outcome).isEmpty()) {
                    mouFound.add(Violation.error("/unitCorrespondences/" + i + "/outcomeMappings/" + k
                            + "/homeOutcome", UNKNOWN_OUTCOME_REFERENCE, "unit " + label(unit.get())
                            + " has no outcome \"" + outcome + "\""));
                }
            }
        }

        if (la.mou() != null && !la.mou().equals(mou.id())) {
            laFound.add(Violation.error("/mou", DOCUMENT_MISMATCH, "the agreement is made under memorandum \""
                    + la.mou() + "\", but memorandum \"" + mou.id() + "\" was given"));
        }
        for (String[] side : new String[][] {{"/home", la.home()}, {"/host", la.host()}}) {
            if (side[1] != null) {
                signatory(laFound, mou, side[1], side[0]);
            }
        }
        Optional<Qualification> qualification = la.homeQualification() == null ? Optional.empty()
                : framework.qualification(la.homeQualification());
        if (la.homeQualification() != null && qualification.isEmpty()) {
            laFound.add(Violation.error("/homeQualification", UNKNOWN_QUALIFICATION, "the home framework has no "
                    + "qualification \"" + la.homeQualification() + "\""));
        }
        if (la.hostQualification() != null && mou.qualification(la.hostQualification()).isEmpty()) {
            laFound.add(Violation.error("/hostQualification", UNKNOWN_QUALIFICATION, "the memorandum covers no "
                    + "qualification \"" + la.hostQualification() + "\""));
        }
        for (int i = 0; i < la.targets().size(); i++) {
            Target t = la.targets().get(i);
            if (t.homeUnit() == null) {
                continue;
            }
            Optional<Unit> unit = framework.unit(t.homeUnit()).or(() -> framework.unitByCode(t.homeUnit()));
            if (unit.isEmpty()) {
                laFound.add(Violation.error("/targets/" + i + "/homeUnit", UNKNOWN_UNIT_REFERENCE,
                        "the home framework has no unit \"" + t.homeUnit() + "\""));
                continue;
            }
            if (qualification.isPresent() && qualification.get().unit(unit.get().id()).isEmpty()) {
                laFound.add(Violation.error("/targets/" + i + "/homeUnit", UNIT_NOT_IN_QUALIFICATION, "unit "
                        + label(unit.get()) + " is not part of qualification \"" + qualification.get().id() + "\""));
            }
            for (int k = 0; k < t.outcomes().size(); k++) {
                String outcome = t.outcomes().get(k);
                boolean known = unit.get().learningOutcomes().stream().map(LearningOutcome::id)
                        .anyMatch(outcome::equals) || unit.get().learningOutcomes().stream()
                        .anyMatch(o -> outcome.equals(o.code()));
                if (!known) {
                    laFound.add(Violation.error("/targets/" + i + "/outcomes/" + k, UNKNOWN_OUTCOME_REFERENCE,
                            "unit " + label(unit.get()) + " has no outcome \"" + outcome + "\""));
                }
            }
        }

        if (tr.agreement() != null && !tr.agreement().equals(la.id())) {
            trFound.add(Violation.error("/agreement", DOCUMENT_MISMATCH, "the transcript reports on agreement \""
                    + tr.agreement() + "\", but agreement \"" + la.id() + "\" was given"));
        }
        if (tr.issuer() != null && la.host() != null && !tr.issuer().equals(la.host())) {
            trFound.add(Violation.error("/issuer", ISSUER_NOT_HOST, "issued by \"" + tr.issuer()
                    + "\", not by the agreement's host \"" + la.host() + "\""));
        }
        Period period = la.period();
        for (int i = 0; i < tr.results().size(); i++) {
            LocalDate date = tr.results().get(i).date();
            if (date != null && period != null && period.from() != null && date.isBefore(period.from())) {
                trFound.add(Violation.warning("/results/" + i + "/date", DATE_OUT_OF_ORDER, "assessed on " + date
                        + ", before the mobility started on " + period.from()));
            }
        }
        return new CaseValidation(ModelValidator.standard().validate(framework), new ValidationReport(mouFound),
                new ValidationReport(laFound), new ValidationReport(trFound), validate(c.record()));
    }

    private static void required(List<Violation> found, String value, String path) {
        if (value == null || value.isBlank()) {
            found.add(Violation.error(path, REQUIRED, "a value is required"));
        }
    }

    private static void country(List<Violation> found, String country, String path) {
        if (country == null || country.isBlank()) {
            found.add(Violation.error(path, REQUIRED, "a country code is required"));
            return;
        }
        String base = country.split("-", 2)[0];
        if (!COUNTRIES.contains(base)) {
            found.add(Violation.error(path, INVALID_COUNTRY, "\"" + country
                    + "\" is not an ISO 3166 country code (GB-ENG style codes are allowed for the UK nations)"));
        }
    }

    private static void eqf(List<Violation> found, EqfLevel level, String path) {
        if (level == null) {
            found.add(Violation.error(path, REQUIRED, "the EQF level is required to agree comparability"));
        } else if (!level.isValid()) {
            found.add(Violation.error(path, EQF_LEVEL_OUT_OF_RANGE, "EQF level " + level.value()
                    + " does not exist; EQF levels are 1 to 8"));
        }
    }

    private static void signatory(List<Violation> found, MemorandumOfUnderstanding mou, String id, String path) {
        if (id == null || mou.signatory(id).isEmpty()) {
            found.add(Violation.error(path, UNKNOWN_INSTITUTION, "\"" + id + "\" is not a signatory of memorandum \""
                    + mou.id() + "\""));
        }
    }

    private static void period(List<Violation> found, Period period, String path, boolean bothEndsRequired) {
        if (period == null) {
            if (bothEndsRequired) {
                found.add(Violation.error(path, REQUIRED, "a period with \"from\" and \"until\" is required"));
            }
            return;
        }
        if (bothEndsRequired && (period.from() == null || period.until() == null)) {
            found.add(Violation.error(path, REQUIRED, "both \"from\" and \"until\" are required"));
        }
        if (period.isReversed()) {
            found.add(Violation.error(path, INVALID_PERIOD, "the period ends (" + period.until()
                    + ") before it starts (" + period.from() + ")"));
        }
    }

    private static String label(Unit unit) {
        return unit.code() != null ? unit.code() : "\"" + unit.id() + "\"";
    }
}
