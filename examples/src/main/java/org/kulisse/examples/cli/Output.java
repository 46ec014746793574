package org.kulisse.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's text result goes: stdout, or the file of its {@code -o} option with a note on stderr. */
final class Output {
    private Output() {
    }

    static void emit(CommandSpec spec, Path file, String text) throws IOException {
        if (file == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("wrote " + file);
        }
    }
}
