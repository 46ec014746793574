package org.kulisse.examples.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.nqf.NationalFramework;
import org.kulisse.core.nqf.NationalFrameworks;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kulisse nqf --country CC --level L | --eqf N}: national framework levels and the EQF, both ways. */
@Command(name = "nqf", mixinStandardHelpOptions = true,
        description = {"National framework levels and the EQF, both ways (JSON).",
                "How a national level is referenced to the EQF, or which national levels match an EQF level."},
        footer = {"", "Countries: IT, DE, BG, NO, GB-ENG, GB-NIR, GB-SCT, IE, FR (and any added through the SPI).",
                "Examples:", "  kulisse nqf --country NO --level 5.1", "  kulisse nqf --country GB-ENG --level 'Entry 3'",
                "  kulisse nqf --country IE --eqf 6"})
final class NqfCommand implements Callable<Integer> {

    @Option(names = "--country", required = true, paramLabel = "CC",
            description = "ISO 3166-1 alpha-2 code, or ISO 3166-2 for the UK nations (GB-ENG, GB-SCT).")
    String country;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Query query;

    static final class Query {
        @Option(names = "--level", paramLabel = "L", description = "A national level label: 4, 5.1, 'Entry 3'.")
        String level;

        @Option(names = "--eqf", paramLabel = "N", description = "An EQF level, 1 to 8.")
        Integer eqf;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NationalFrameworks registry = NationalFrameworks.defaults();
        List<NationalFramework> frameworks = registry.byCountry(country);
        if (frameworks.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no national framework is registered for \"" + country
                    + "\"; known: " + registry.all().stream().flatMap(f -> f.countries().stream()).toList());
        }
        ObjectNode result = Json.object();
        result.put("country", country.toUpperCase(java.util.Locale.ROOT));
        if (query.level != null) {
            if (frameworks.size() > 1) {
                throw new ParameterException(spec.commandLine(), "\"" + country + "\" has several frameworks ("
                        + frameworks.stream().map(NationalFramework::id).toList() + "); name the nation, e.g. "
                        + frameworks.get(0).countries().get(0));
            }
            var match = registry.find(country, query.level);
            if (match.isEmpty()) {
                spec.commandLine().getErr().println("kulisse: " + frameworks.get(0).id() + " has no level \""
                        + query.level + "\"; levels: " + frameworks.get(0).levels().stream()
                        .map(l -> l.label()).toList());
                return KulisseCommand.INVALID;
            }
            NationalFramework framework = match.get().framework();
            result.put("framework", framework.id());
            result.put("frameworkName", framework.name());
            result.put("frameworkUri", framework.uri());
            result.put("level", match.get().level().label());
            result.put("levelUri", match.get().level().uri());
            EqfLevel eqf = match.get().level().eqfLevel();
            if (eqf == null) {
                result.putNull("eqfLevel");
                result.putNull("eqfUri");
            } else {
                result.put("eqfLevel", eqf.value());
                result.put("eqfUri", eqf.uri());
            }
        } else {
            EqfLevel eqf = EqfLevel.of(query.eqf);
            if (!eqf.isValid()) {
                throw new ParameterException(spec.commandLine(), "EQF levels are 1 to 8, not " + query.eqf);
            }
            result.put("eqfLevel", eqf.value());
            result.put("eqfUri", eqf.uri());
            ArrayNode levels = result.putArray("levels");
            for (NationalFrameworks.Match match : registry.levelsAt(country, eqf)) {
                ObjectNode level = levels.addObject();
                level.put("framework", match.framework().id());
                level.put("level", match.level().label());
                level.put("levelUri", match.level().uri());
            }
        }
        Json.print(spec.commandLine().getOut(), result);
        return KulisseCommand.OK;
    }
}
