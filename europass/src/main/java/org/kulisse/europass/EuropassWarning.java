package org.kulisse.europass;

/**
 * Something the reader tolerated or left out: where it is and what happened to it.
 *
 * @param path the element path, e.g. {@code /SkillsPassport/LearnerInfo/Skills/Computer}
 * @param line the line, 1-based
 * @param column the column, 1-based
 * @param message what was found and what the reader did
 */
public record EuropassWarning(String path, int line, int column, String message) {

    @Override
    public String toString() {
        return line + ":" + column + " " + path + ": " + message;
    }
}
