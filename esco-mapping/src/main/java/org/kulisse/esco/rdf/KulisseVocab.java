package org.kulisse.esco.rdf;

/**
 * The terms of Kulisse's own RDF vocabulary, {@value #NS}: only for what ELM, SKOS, Dublin Core and SSSOM have no term
 * for (the order of lists, national levels as written, unit entries of a qualification, option groups, weights,
 * assessment texts and unknown JSON fields). docs/rdf.md describes each term.
 */
public final class KulisseVocab {
    public static final String NS = "https://kulisse.org/vocab#";

    /** Class of a competence framework (also a {@code skos:ConceptScheme}). */
    public static final String COMPETENCE_FRAMEWORK = NS + "CompetenceFramework";
    /** Classes of the three kinds of learning outcome (each also an {@code elm:LearningOutcome}). */
    public static final String KNOWLEDGE = NS + "Knowledge";
    public static final String SKILL = NS + "Skill";
    public static final String COMPETENCE = NS + "Competence";
    /** Class of a unit of learning outcomes (also an {@code elm:LearningAchievementSpecification}). */
    public static final String UNIT = NS + "Unit";

    /** Position of an item in its ordered list (0-based). */
    public static final String POSITION = NS + "position";
    /** The framework's languages in order, as one space-separated literal. */
    public static final String LANGUAGES = NS + "languages";
    /** Authors of the framework in order, as an {@code rdf:List} of literals. */
    public static final String AUTHORS = NS + "authors";
    /** The qualifications and units of a framework. */
    public static final String QUALIFICATION = NS + "qualification";
    public static final String HAS_UNIT = NS + "unit";
    /** A unit as part of a qualification: unit, points, option group, position. */
    public static final String UNIT_ENTRY = NS + "unitEntry";
    public static final String OPTION_GROUP = NS + "optionGroup";
    public static final String CHOOSE = NS + "choose";
    /** A national level as written: framework id, level label, declared EQF level. */
    public static final String NATIONAL_LEVEL = NS + "nationalLevel";
    public static final String NATIONAL_FRAMEWORK = NS + "nationalFramework";
    public static final String WEIGHT = NS + "weight";
    /** An outcome's related concepts in order, as an {@code rdf:List} of IRIs. */
    public static final String RELATED_CONCEPTS = NS + "relatedConcepts";
    public static final String ASSESSMENT_CRITERION = NS + "assessmentCriterion";
    public static final String ASSESSMENT_METHOD = NS + "assessmentMethod";
    public static final String TEXT = NS + "text";
    public static final String VALID_FROM = NS + "validFrom";
    public static final String VALID_UNTIL = NS + "validUntil";
    /** Unknown JSON fields kept from the document, as JSON text in a string literal (key order kept). */
    public static final String EXTENSIONS = NS + "extensions";
    /** A framework's mapping records (SSSOM-style, {@code owl:Axiom}). */
    public static final String MAPPING = NS + "mapping";

    private KulisseVocab() {
    }
}
