package org.kulisse.ecvet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kulisse.core.ExportException;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.Period;
import org.kulisse.core.model.Unit;
import org.kulisse.ecvet.internal.Html;

/**
 * Readable HTML5 versions of the mobility documents and of the decisions: one self-contained file each, with the
 * documents' texts in the requested language (falling back to the first language a text has).
 */
public final class EcvetHtml {
    private EcvetHtml() {
    }

    public static String mou(MemorandumOfUnderstanding mou, String language) {
        Html html = new Html(language);
        html.h1("Memorandum of understanding " + mou.id());
        html.p(html.text(mou.objectives()));
        html.facts("In force", period(mou.validity()), "Review", html.text(mou.review()));
        html.h2("Signatories").tableStart("Institution", "Country", "Roles", "Contact");
        for (CompetentInstitution s : mou.signatories()) {
            html.row(s.name() + " (" + s.id() + ")", s.country(), s.roles().toString(),
                    s.contact() == null ? "" : s.contact().name() + ", " + s.contact().position());
        }
        html.tableEnd().h2("Qualifications").tableStart("Qualification", "Institution", "EQF", "Points");
        for (MouQualification q : mou.qualifications()) {
            html.row(html.text(q.title()) + " (" + q.id() + ")", q.institution(),
                    q.eqfLevel() == null ? "" : Integer.toString(q.eqfLevel().value()), q.points().toString());
        }
        html.tableEnd();
        for (Comparability c : mou.comparability()) {
            html.p((c.comparable() ? "Comparable: " : "Not comparable: ") + c.homeQualification() + " / "
                    + c.hostQualification() + ". " + html.text(c.statement()));
        }
        html.h2("Unit correspondences").tableStart("Home unit", "Host unit", "Outcome mappings", "Credit validity");
        for (UnitCorrespondence u : mou.unitCorrespondences()) {
            html.row(u.homeUnit(), u.hostUnit(), Integer.toString(u.outcomeMappings().size()),
                    u.creditValidity() == null ? "" : u.creditValidity().toString());
        }
        html.tableEnd().h2("Procedures").facts("Assessment", html.text(mou.procedures().assessment()),
                "Documentation", html.text(mou.procedures().documentation()),
                "Validation", html.text(mou.procedures().validation()),
                "Recognition", html.text(mou.procedures().recognition()));
        signatures(html, mou.signatures());
        return html.document("Memorandum of understanding " + mou.id());
    }

    public static String agreement(LearningAgreement la, CompetenceFramework framework, String language) {
        Html html = new Html(language);
        html.h1("Learning agreement " + la.id());
        html.facts("Learner", la.learner() == null ? "" : (la.learner().name() == null ? la.learner().id()
                        : la.learner().name().full()),
                "Home institution", la.home(), "Host institution", la.host(), "Mobility", period(la.period()),
                "Qualification", framework.qualification(la.homeQualification())
                        .map(q -> html.text(q.title())).orElse(la.homeQualification()),
                "Memorandum", la.mou(), "Expected points", la.expectedPoints().isEmpty() ? ""
                        : la.expectedPoints().toString());
        html.h2("Learning outcomes to be achieved abroad").tableStart("Unit", "Outcome", "Statement");
        for (Target t : la.targets()) {
            Optional<Unit> unit = framework.unit(t.homeUnit()).or(() -> framework.unitByCode(t.homeUnit()));
            for (LearningOutcome o : unit.map(Unit::learningOutcomes).orElse(List.of())) {
                if (t.isWholeUnit() || t.outcomes().contains(o.id())) {
                    html.row(unit.get().code() + " " + html.text(unit.get().title()), code(o), html.text(o.statement()));
                }
            }
        }
        html.tableEnd();
        html.h2("Activities").p(html.text(la.activities()));
        html.h2("Assessment").p(html.text(la.assessment()));
        html.h2("Validation and recognition").p(html.text(la.recognitionClause()));
        signatures(html, la.signatures());
        return html.document("Learning agreement " + la.id());
    }

    public static String transcript(PersonalTranscript t, CompetenceFramework framework, String language) {
        Html html = new Html(language);
        html.h1("Personal transcript " + t.id());
        html.facts("Learner", t.learner(), "Issued by", t.issuer(), "Issued on", str(t.issued()),
                "Learning agreement", t.agreement());
        html.h2("Assessed learning outcomes").tableStart("Outcome", "Statement", "Result", "Method", "Date",
                "Assessor");
        for (OutcomeResult r : t.results()) {
            Optional<LearningOutcome> outcome = framework.units().stream()
                    .flatMap(u -> u.learningOutcomes().stream()).filter(o -> o.id().equals(r.outcome())).findFirst();
            html.row(outcome.map(EcvetHtml::code).orElse(r.outcome()), outcome.map(o -> html.text(o.statement()))
                    .orElse(""), "class:" + r.result() + ":" + r.result() + (r.grade() == null ? "" : " (" + r.grade()
                    + ")"), r.method(), str(r.date()), r.assessor());
        }
        html.tableEnd();
        if (!t.unitCredits().isEmpty()) {
            html.h2("Units").tableStart("Host unit", "Credit awarded", "Host points");
            t.unitCredits().forEach(u -> html.row(u.unit(), u.creditAwarded() ? "yes" : "no",
                    u.hostPoints() == null ? "" : u.hostPoints().toString()));
            html.tableEnd();
        }
        if (!t.deviations().isEmpty()) {
            html.h2("Deviations from the agreement");
            html.list(t.deviations().stream().map(d -> html.text(d.description()) + " " + d.outcomes()).toList());
        }
        return html.document("Personal transcript " + t.id());
    }

    public static String decisions(TransferResult result, TransferCase transferCase, String language) {
        Html html = new Html(language);
        html.h1("Recognition decisions for " + result.agreement());
        html.facts("Qualification", result.qualification(), "Decided on", str(result.recognitionDate()),
                "Partial points policy", result.policy().partialPoints().name(),
                "Points held now", result.accumulatedPoints() == null ? "" : result.accumulatedPoints().toString(),
                "Qualification complete", result.qualificationComplete() ? "yes" : "no");
        html.tableStart("Unit", "Decision", "Coverage", "Points", "Covered", "Gaps");
        for (RecognitionDecision d : result.decisions()) {
            html.row(d.unitCode() == null ? d.unit() : d.unitCode(), "class:" + d.status() + ":" + d.status()
                    + (d.needsReview() ? " (needs review)" : ""), d.coverage().toPlainString(),
                    d.awardedPoints() == null ? "" : d.awardedPoints().toString(),
                    Integer.toString(d.coveredOutcomes().size()), Integer.toString(d.gapOutcomes().size()));
        }
        html.tableEnd();
        for (RecognitionDecision d : result.decisions()) {
            html.h2((d.unitCode() == null ? d.unit() : d.unitCode()) + ": " + d.status());
            html.list(d.reasons().stream().map(Reason::toString).toList());
            if (!d.complementaryMeasures().isEmpty()) {
                html.p("Still needed at home:").list(d.complementaryMeasures());
            }
        }
        if (!result.documentedOnly().isEmpty()) {
            html.h2("Documented only (passed, not targeted, no credit)").list(result.documentedOnly());
        }
        if (!result.warnings().isEmpty()) {
            html.h2("Warnings").list(result.warnings().stream().map(Reason::toString).toList());
        }
        return html.document("Recognition decisions " + result.agreement()
                + (transferCase == null ? "" : " (" + transferCase.mou().id() + ")"));
    }

    /** Writes a page, creating parent folders. */
    public static void write(String page, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void signatures(Html html, List<Signature> signatures) {
        if (!signatures.isEmpty()) {
            html.h2("Signatures").tableStart("Party", "Signed by", "Function", "Place", "Date");
            signatures.forEach(s -> html.row(s.party(), s.signatory(), s.function(), s.place(), str(s.date())));
            html.tableEnd();
        }
    }

    private static String code(LearningOutcome o) {
        return o.code() != null ? o.code() : o.id();
    }

    private static String period(Period p) {
        return p == null ? "" : str(p.from()) + " – " + str(p.until());
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }
}
