package org.kulisse.esco;

/**
 * Progress of a long load, reported every 10,000 rows and at the end of each file.
 *
 * @param file the file being read
 * @param rows the data rows read from it so far
 * @param done whether the file is finished
 */
public record LoadProgress(String file, long rows, boolean done) {
}
