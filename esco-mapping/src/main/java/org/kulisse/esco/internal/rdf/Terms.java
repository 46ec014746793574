package org.kulisse.esco.internal.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.kulisse.esco.rdf.KulisseVocab;

/** The RDF terms the framework mapping uses, as Jena nodes. */
final class Terms {
    static final String ELM = "http://data.europa.eu/snb/model/elm/";
    static final String DC = "http://purl.org/dc/terms/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String SSSOM = "https://w3id.org/sssom/";
    static final String OWL = "http://www.w3.org/2002/07/owl#";
    static final String SKILL_TYPE = "http://data.europa.eu/snb/skill-type/";
    static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";

    static final Resource QUALIFICATION = r(ELM + "Qualification");
    static final Resource LEARNING_ACHIEVEMENT_SPECIFICATION = r(ELM + "LearningAchievementSpecification");
    static final Resource LEARNING_OUTCOME = r(ELM + "LearningOutcome");
    static final Resource CREDIT_POINT = r(ELM + "CreditPoint");
    static final Resource CONCEPT_SCHEME = r(SKOS + "ConceptScheme");
    static final Resource AXIOM = r(OWL + "Axiom");
    static final Resource FRAMEWORK = r(KulisseVocab.COMPETENCE_FRAMEWORK);
    static final Resource UNIT = r(KulisseVocab.UNIT);
    static final Resource KNOWLEDGE = r(KulisseVocab.KNOWLEDGE);
    static final Resource SKILL = r(KulisseVocab.SKILL);
    static final Resource COMPETENCE = r(KulisseVocab.COMPETENCE);

    static final Property EQF_LEVEL = p(ELM + "EQFLevel");
    static final Property NQF_LEVEL = p(ELM + "NQFLevel");
    static final Property CREDIT_POINT_P = p(ELM + "creditPoint");
    static final Property FRAMEWORK_P = p(ELM + "framework");
    static final Property POINT = p(ELM + "point");
    static final Property HAS_PART = p(ELM + "hasPart");
    static final Property LEARNING_OUTCOME_P = p(ELM + "learningOutcome");
    static final Property RELATED_ESCO_SKILL = p(ELM + "relatedESCOSkill");
    static final Property RELATED_SKILL = p(ELM + "relatedSkill");
    static final Property IS_PARTIAL_QUALIFICATION = p(ELM + "isPartialQualification");

    static final Property IDENTIFIER = p(DC + "identifier");
    static final Property TITLE = p(DC + "title");
    static final Property DESCRIPTION = p(DC + "description");
    static final Property LANGUAGE = p(DC + "language");
    static final Property SOURCE = p(DC + "source");
    static final Property LICENSE = p(DC + "license");
    static final Property CREATED = p(DC + "created");
    static final Property MODIFIED = p(DC + "modified");
    static final Property TYPE = p(DC + "type");
    static final Property HAS_VERSION = p(DC + "hasVersion");
    static final Property NOTATION = p(SKOS + "notation");
    static final Property IN_SCHEME = p(SKOS + "inScheme");
    static final Property PREF_LABEL = p(SKOS + "prefLabel");

    static final Property ANNOTATED_SOURCE = p(OWL + "annotatedSource");
    static final Property ANNOTATED_PROPERTY = p(OWL + "annotatedProperty");
    static final Property ANNOTATED_TARGET = p(OWL + "annotatedTarget");
    static final Property SUBJECT_ID = p(SSSOM + "subject_id");
    static final Property OBJECT_LABEL = p(SSSOM + "object_label");
    static final Property JUSTIFICATION = p(SSSOM + "mapping_justification");
    static final Property CONFIDENCE = p(SSSOM + "confidence");
    static final Property AUTHOR_LABEL = p(SSSOM + "author_label");
    static final Property MAPPING_DATE = p(SSSOM + "mapping_date");
    static final Property OBJECT_VERSION = p(SSSOM + "object_source_version");
    static final Property COMMENT = p("http://www.w3.org/2000/01/rdf-schema#comment");

    static final Property POSITION = p(KulisseVocab.POSITION);
    static final Property LANGUAGES = p(KulisseVocab.LANGUAGES);
    static final Property AUTHORS = p(KulisseVocab.AUTHORS);
    static final Property QUALIFICATION_P = p(KulisseVocab.QUALIFICATION);
    static final Property HAS_UNIT = p(KulisseVocab.HAS_UNIT);
    static final Property UNIT_ENTRY = p(KulisseVocab.UNIT_ENTRY);
    static final Property OPTION_GROUP = p(KulisseVocab.OPTION_GROUP);
    static final Property CHOOSE = p(KulisseVocab.CHOOSE);
    static final Property NATIONAL_LEVEL = p(KulisseVocab.NATIONAL_LEVEL);
    static final Property NATIONAL_FRAMEWORK = p(KulisseVocab.NATIONAL_FRAMEWORK);
    static final Property WEIGHT = p(KulisseVocab.WEIGHT);
    static final Property RELATED_CONCEPTS = p(KulisseVocab.RELATED_CONCEPTS);
    static final Property ASSESSMENT_CRITERION = p(KulisseVocab.ASSESSMENT_CRITERION);
    static final Property ASSESSMENT_METHOD = p(KulisseVocab.ASSESSMENT_METHOD);
    static final Property TEXT = p(KulisseVocab.TEXT);
    static final Property VALID_FROM = p(KulisseVocab.VALID_FROM);
    static final Property VALID_UNTIL = p(KulisseVocab.VALID_UNTIL);
    static final Property EXTENSIONS = p(KulisseVocab.EXTENSIONS);
    static final Property MAPPING = p(KulisseVocab.MAPPING);

    private Terms() {
    }

    private static Resource r(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static Property p(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
