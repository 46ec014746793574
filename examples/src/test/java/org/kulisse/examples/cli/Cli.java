package org.kulisse.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed, for the command tests. */
final class Cli {
    String out = "";
    String err = "";

    int run(String... args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = KulisseCommand.run(args, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }
}
