/**
 * Europass: Europass XML v3.4 and European Digital Credentials (ELM JSON-LD). The module exists in the build so that
 * the dependency rules hold from the start; its API arrives with the Europass issue.
 */
package org.kulisse.europass;
