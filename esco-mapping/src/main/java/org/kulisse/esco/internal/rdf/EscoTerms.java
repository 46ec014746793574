package org.kulisse.esco.internal.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.kulisse.esco.ReuseLevel;
import org.kulisse.esco.SkillType;

/**
 * ESCO's own RDF model as far as Kulisse writes and reads it (reference: esco-eqf.md §1): the pillar classes, SKOS
 * labels and hierarchy, {@code esco:relatedEssentialSkill}/{@code relatedOptionalSkill}, skill-type and reuse-level
 * IRIs, descriptions as {@code esco:NodeLiteral}s.
 */
public final class EscoTerms {
    public static final String ESCO = "http://data.europa.eu/esco/model#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String SCHEME = "http://data.europa.eu/esco/concept-scheme/";
    public static final String SKILL_TYPE = "http://data.europa.eu/esco/skill-type/";
    public static final String REUSE_LEVEL = "http://data.europa.eu/esco/skill-reuse-level/";
    /** Collections (transversal skills, digital skills, ...) have no IRI in the CSV download: ours. */
    public static final String COLLECTION = "urn:kulisse:esco:collection:";

    public static final Node TYPE = uri(RDF + "type");
    public static final Node OCCUPATION = uri(ESCO + "Occupation");
    public static final Node SKILL = uri(ESCO + "Skill");
    public static final Node MEMBER_CONCEPT = uri(ESCO + "MemberConcept");
    public static final Node GROUP_CONCEPT = uri(ESCO + "GroupConcept");
    public static final Node NODE_LITERAL = uri(ESCO + "NodeLiteral");
    public static final Node CONCEPT = uri(SKOS + "Concept");
    public static final Node SKOS_COLLECTION = uri(SKOS + "Collection");
    public static final Node CONCEPT_SCHEME = uri(SKOS + "ConceptScheme");

    public static final Node PREF_LABEL = uri(SKOS + "prefLabel");
    public static final Node ALT_LABEL = uri(SKOS + "altLabel");
    public static final Node HIDDEN_LABEL = uri(SKOS + "hiddenLabel");
    public static final Node NOTATION = uri(SKOS + "notation");
    public static final Node BROADER = uri(SKOS + "broader");
    public static final Node IN_SCHEME = uri(SKOS + "inScheme");
    public static final Node MEMBER = uri(SKOS + "member");
    public static final Node DESCRIPTION = uri(DCT + "description");
    public static final Node LANGUAGE = uri(ESCO + "language");
    public static final Node NODE_LITERAL_P = uri(ESCO + "nodeLiteral");
    public static final Node ESSENTIAL = uri(ESCO + "relatedEssentialSkill");
    public static final Node OPTIONAL = uri(ESCO + "relatedOptionalSkill");
    public static final Node SKILL_TYPE_P = uri(ESCO + "skillType");
    public static final Node REUSE_LEVEL_P = uri(ESCO + "skillReuseLevel");
    public static final Node MEMBER_OF_ISCO_GROUP = uri(ESCO + "memberOfISCOGroup");
    public static final Node REGULATED_PROFESSION_NOTE = uri(ESCO + "regulatedProfessionNote");
    public static final Node LABEL = uri(RDFS + "label");
    public static final Node VERSION_INFO = uri(OWL + "versionInfo");

    public static final Node OCCUPATIONS_SCHEME = uri(SCHEME + "occupations");
    public static final Node SKILLS_SCHEME = uri(SCHEME + "skills");
    public static final Node ISCO_SCHEME = uri(SCHEME + "isco");
    public static final Node SKILLS_HIERARCHY_SCHEME = uri(SCHEME + "skills-hierarchy");

    private EscoTerms() {
    }

    public static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The skill-type IRI ({@code skill} for skill/competence), or null for an unknown type. */
    public static String skillTypeIri(SkillType type) {
        return switch (type) {
            case SKILL_COMPETENCE -> SKILL_TYPE + "skill";
            case KNOWLEDGE -> SKILL_TYPE + "knowledge";
            case LANGUAGE -> SKILL_TYPE + "language";
            case ATTITUDE -> SKILL_TYPE + "attitude";
            case UNKNOWN -> null;
        };
    }

    public static SkillType skillType(String iri) {
        if (iri == null || !iri.startsWith(SKILL_TYPE)) {
            return SkillType.UNKNOWN;
        }
        String name = iri.substring(SKILL_TYPE.length());
        return name.equals("skill") ? SkillType.SKILL_COMPETENCE : SkillType.fromCsv(name);
    }

    public static String reuseLevelIri(ReuseLevel level) {
        return level == ReuseLevel.UNKNOWN ? null : REUSE_LEVEL + level.csvValue();
    }

    public static ReuseLevel reuseLevel(String iri) {
        return iri == null || !iri.startsWith(REUSE_LEVEL) ? ReuseLevel.UNKNOWN
                : ReuseLevel.fromCsv(iri.substring(REUSE_LEVEL.length()));
    }

    /** The IRI ESCO gives an ISCO-08 group: {@code http://data.europa.eu/esco/isco/C3435}. */
    public static String iscoIri(String code) {
        return "http://data.europa.eu/esco/isco/C" + code;
    }

    /** The ISCO code in an ISCO group IRI, or null. */
    public static String iscoCode(String iri) {
        int at = iri.lastIndexOf("/isco/C");
        return at < 0 ? null : iri.substring(at + "/isco/C".length());
    }
}
