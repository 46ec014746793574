/** The Backstage example framework, runnable examples, and the {@code kulisse} command line. */
package org.kulisse.examples;
