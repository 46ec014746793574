/**
 * The competence-framework model: immutable records for frameworks, qualifications, units of learning outcomes,
 * learning outcomes (knowledge, skill, competence), multilingual text, EQF and national levels, credit points and
 * learners.
 */
package org.kulisse.core.model;
