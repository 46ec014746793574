/**
 * ESCO: import of the official ESCO download, multilingual search, mappings of learning outcomes to ESCO skills with
 * provenance, gap analysis, and RDF. The module exists in the build so that the dependency rules hold from the
 * start; its API arrives with the ESCO and RDF issues.
 */
package org.kulisse.esco;
