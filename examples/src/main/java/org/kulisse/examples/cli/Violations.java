package org.kulisse.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kulisse.core.ImportException;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.validation.ValidationReport;
import org.kulisse.core.validation.Violation;

/** Prints validation reports as the commands show them: {@code FILE:LINE:COLUMN: SEVERITY PATH CODE: message}. */
final class Violations {
    private Violations() {
    }

    static void print(PrintWriter out, Path file, ValidationReport report) {
        byte[] bytes = read(file);
        for (Violation v : report.violations()) {
            String where = KulisseJson.locate(bytes, v.path()).map(p -> file + ":" + p + ": ").orElse(file + ": ");
            out.println(where + v);
        }
        out.flush();
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImportException("no such file", file.toString(), 0, 0, null, e);
        } catch (IOException e) {
            throw new ImportException("cannot read the file: " + e.getMessage(), file.toString(), 0, 0, null, e);
        }
    }
}
