/**
 * Kulisse core: the exception tree shared by every module. The model lives in {@link org.kulisse.core.model},
 * Kulisse JSON in {@link org.kulisse.core.json}, validation in {@link org.kulisse.core.validation}, EQF and national
 * frameworks in {@link org.kulisse.core.nqf}.
 */
package org.kulisse.core;
