/**
 * Exchange with e-learning platforms and competency registries: Moodle competency framework CSV and 1EdTech CASE 1.1
 * JSON, both ways, with a report of whatever could not be carried over exactly.
 */
package org.kulisse.core.interop;
