package org.kulisse.ecvet;

import java.util.List;
import java.util.Optional;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Period;

/**
 * A memorandum of understanding: the framework of cooperation between competent institutions for credit transfer
 * (ECVET Annex II §3). It is between institutions, not per learner.
 *
 * @param id identifier
 * @param objectives the objectives of the partnership
 * @param signatories the institutions that sign
 * @param coveredOrganisations other organisations covered (by name)
 * @param qualifications the partners' qualifications covered
 * @param comparability statements on the comparability of qualifications
 * @param unitCorrespondences home unit ↔ host unit, down to outcomes
 * @param procedures assessment, documentation, validation and recognition procedures
 * @param validity the period in which the memorandum is in force
 * @param review evaluation and review arrangements
 * @param signatures the signatures
 * @param extensions unknown fields kept from the document
 */
public record MemorandumOfUnderstanding(
        String id,
        LocalizedText objectives,
        List<CompetentInstitution> signatories,
        List<String> coveredOrganisations,
        List<MouQualification> qualifications,
        List<Comparability> comparability,
        List<UnitCorrespondence> unitCorrespondences,
        Procedures procedures,
        Period validity,
        LocalizedText review,
        List<Signature> signatures,
        Extensions extensions) {

    public MemorandumOfUnderstanding {
        objectives = objectives == null ? LocalizedText.empty() : objectives;
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
        coveredOrganisations = coveredOrganisations == null ? List.of() : List.copyOf(coveredOrganisations);
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
        comparability = comparability == null ? List.of() : List.copyOf(comparability);
        unitCorrespondences = unitCorrespondences == null ? List.of() : List.copyOf(unitCorrespondences);
        procedures = procedures == null ? Procedures.none() : procedures;
        review = review == null ? LocalizedText.empty() : review;
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public Optional<CompetentInstitution> signatory(String institutionId) {
        return signatories.stream().filter(s -> s.id().equals(institutionId)).findFirst();
    }

    public Optional<MouQualification> qualification(String qualificationId) {
        return qualifications.stream().filter(q -> q.id().equals(qualificationId)).findFirst();
    }

    public Optional<UnitCorrespondence> correspondence(String homeUnit) {
        return unitCorrespondences.stream().filter(c -> c.homeUnit().equals(homeUnit)).findFirst();
    }

    public MemorandumOfUnderstanding withValidity(Period newValidity) {
        return new MemorandumOfUnderstanding(id, objectives, signatories, coveredOrganisations, qualifications,
                comparability, unitCorrespondences, procedures, newValidity, review, signatures, extensions);
    }

    public MemorandumOfUnderstanding withQualifications(List<MouQualification> newQualifications) {
        return new MemorandumOfUnderstanding(id, objectives, signatories, coveredOrganisations, newQualifications,
                comparability, unitCorrespondences, procedures, validity, review, signatures, extensions);
    }

    public MemorandumOfUnderstanding withComparability(List<Comparability> newComparability) {
        return new MemorandumOfUnderstanding(id, objectives, signatories, coveredOrganisations, qualifications,
                newComparability, unitCorrespondences, procedures, validity, review, signatures, extensions);
    }

    public MemorandumOfUnderstanding withUnitCorrespondences(List<UnitCorrespondence> newCorrespondences) {
        return new MemorandumOfUnderstanding(id, objectives, signatories, coveredOrganisations, qualifications,
                comparability, newCorrespondences, procedures, validity, review, signatures, extensions);
    }
}
