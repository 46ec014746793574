package org.kulisse.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.kulisse.core.interop.FrameworkFormats;
import org.kulisse.core.interop.InteropIssue;
import org.kulisse.core.interop.InteropResult;
import org.kulisse.core.model.CompetenceFramework;

/** Reads a framework file in any format the command line accepts, reporting what a foreign format did not carry. */
final class FrameworkFiles {
    private FrameworkFiles() {
    }

    /** Whether the file's extension names an RDF format (.ttl, .nt, .jsonld, .rdf, .owl). */
    static boolean isRdf(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".ttl") || name.endsWith(".nt") || name.endsWith(".jsonld") || name.endsWith(".rdf")
                || name.endsWith(".owl");
    }

    static CompetenceFramework read(Path file, PrintWriter err) {
        if (isRdf(file)) {
            return org.kulisse.esco.rdf.FrameworkRdf.read(file);
        }
        InteropResult<CompetenceFramework> result = FrameworkFormats.read(file, "en");
        for (InteropIssue warning : result.warnings()) {
            err.println(file + ": " + warning);
        }
        err.flush();
        return result.orThrow(file.toString());
    }
}
