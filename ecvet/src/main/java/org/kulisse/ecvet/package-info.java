/**
 * ECVET: points, the mobility documents (memorandum of understanding, learning agreement, personal transcript) and
 * credit-transfer decisions between countries. The module exists in the build so that the dependency rules hold from
 * the start; its API arrives with the ECVET issue.
 */
package org.kulisse.ecvet;
