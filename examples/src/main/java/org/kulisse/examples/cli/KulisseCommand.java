package org.kulisse.examples.cli;

import java.io.PrintWriter;
import org.kulisse.core.ImportException;
import org.kulisse.core.KulisseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code kulisse} command line. Exit codes: 0 done; 1 the input was read but fails (invalid model, rejected
 * transfer); 2 usage error or unreadable input; 3 an internal error (a bug: please report it).
 */
@Command(name = "kulisse",
        mixinStandardHelpOptions = true,
        versionProvider = KulisseCommand.Version.class,
        description = "Competence frameworks: validate, convert, look up national levels, run the Backstage demo.",
        subcommands = {ValidateCommand.class, ConvertCommand.class, NqfCommand.class, DemoCommand.class,
                TransferCommand.class, EcvetCommand.class, EscoCommand.class, EuropassCommand.class, RdfCommand.class,
                QueryCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 input read but invalid, 2 usage error or unreadable input.",
                "Examples:", "  kulisse demo --out demo", "  kulisse validate demo/framework.json",
                "  kulisse nqf --country NO --level 5.1"})
public final class KulisseCommand implements Runnable {

    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces for errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Libraries below (Hibernate Validator) log through JBoss Logging; route it to SLF4J, which the command line
        // binds to no-op, so that stdout and stderr carry only what the commands say.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        KulisseCommand root = new KulisseCommand();
        CommandLine cli = new CommandLine(root);
        // QUERY may be @FILE (a query file): picocli must not read it as a file of arguments
        cli.setExpandAtFiles(false);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = root.debug;
            if (e instanceof ImportException) {
                err.println("kulisse: " + e.getMessage());
                if (debug) {
                    e.printStackTrace(err);
                }
                return USAGE;
            }
            if (e instanceof KulisseException) {
                err.println("kulisse: " + e.getMessage());
                if (debug) {
                    e.printStackTrace(err);
                }
                return INVALID;
            }
            err.println("kulisse: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (kulisse --help lists them)");
    }

    /** Reports the version from the jar manifest (or "development" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = KulisseCommand.class.getPackage().getImplementationVersion();
            return new String[] {"kulisse " + (version == null ? "development build" : version),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
