package org.kulisse.esco;

/**
 * A grouping concept: an ISCO group of occupations or an ESCO skill group.
 *
 * @param uri the concept IRI
 * @param code the group's code ({@code 3435}, {@code S1.2}), or null
 * @param labels its labels
 */
public record Group(String uri, String code, Labels labels) {
}
