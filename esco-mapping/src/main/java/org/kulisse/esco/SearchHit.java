package org.kulisse.esco;

/**
 * One search result.
 *
 * @param uri the concept IRI
 * @param kind occupation or skill
 * @param label the preferred label in the search language (else the first one)
 * @param score the Lucene score (higher is better; comparable within one query only)
 */
public record SearchHit(String uri, ConceptKind kind, String label, float score) {
}
