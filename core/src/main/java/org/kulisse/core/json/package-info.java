/** Kulisse JSON v1: reading and writing frameworks and learners, with explicit limits and located errors. */
package org.kulisse.core.json;
