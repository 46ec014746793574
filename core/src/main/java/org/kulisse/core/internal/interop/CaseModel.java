package org.kulisse.core.internal.interop;

import java.util.List;
import java.util.Set;

/** Names shared by the CASE reader and writer: item types, association types, extension keys. */
final class CaseModel {
    static final String QUALIFICATION = "Qualification";
    static final String UNIT = "Unit";
    static final List<String> OUTCOME_TYPES = List.of("Knowledge", "Skill", "Competence");

    static final String IS_CHILD_OF = "isChildOf";
    static final String IS_TRANSLATION_OF = "isTranslationOf";
    static final String IS_RELATED_TO = "isRelatedTo";
    static final String EXACT_MATCH_OF = "exactMatchOf";

    /** Our own data inside CASE objects: {@code "extensions": {"kulisse": {...}}}. */
    static final String KULISSE = "kulisse";

    /** Model extension keys that keep what CASE had and Kulisse does not map, for a lossless way back. */
    static final String EXT_PACKAGE = "case:package";
    static final String EXT_DOCUMENT = "case:document";
    static final String EXT_ASSOCIATIONS = "case:associations";
    static final String EXT_ITEM = "case:item";
    static final String EXT_TRANSLATIONS = "case:translations";

    /** Item fields the writer derives from the model (everything else is kept as found). */
    static final Set<String> DERIVED_ITEM_FIELDS = Set.of("fullStatement", "language", "CFDocumentURI");
    static final Set<String> DERIVED_DOCUMENT_FIELDS = Set.of("title", "description", "language", "version",
            "creator");
    static final Set<String> PACKAGE_FIELDS = Set.of("CFDocument", "CFItems", "CFAssociations");

    static final String DEFAULT_TIME = "1970-01-01T00:00:00+00:00";

    private CaseModel() {
    }
}
