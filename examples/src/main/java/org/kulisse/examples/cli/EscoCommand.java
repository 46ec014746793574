package org.kulisse.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kulisse.esco.EscoLoader;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.SkillType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ObjectNode;

/** {@code kulisse esco ...}: the ESCO taxonomy. */
@Command(name = "esco", mixinStandardHelpOptions = true, description = "The ESCO taxonomy (occupations and skills).",
        subcommands = {EscoCommand.Stats.class})
final class EscoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: stats");
    }

    /** Loads ESCO from one or more download folders, reporting progress on stderr for long loads. */
    static EscoTaxonomy load(List<Path> folders, CommandSpec spec) {
        EscoLoader loader = EscoLoader.create();
        folders.forEach(loader::folder);
        long start = System.nanoTime();
        return loader.progress(p -> {
            if (p.done() && System.nanoTime() - start > 1_000_000_000L) {
                spec.commandLine().getErr().println("  read " + p.file() + " (" + p.rows() + " rows)");
                spec.commandLine().getErr().flush();
            }
        }).load();
    }

    /** {@code kulisse esco stats --esco DIR}. */
    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = {"Load an ESCO CSV download and print its counts as JSON, with the references to missing",
                    "concepts that the load report found."},
            footer = {"", "Example:", "  kulisse esco stats --esco esco-v1.1.1-en"})
    static final class Stats implements Callable<Integer> {
        @Option(names = "--esco", required = true, paramLabel = "DIR",
                description = "A folder of the ESCO CSV download; repeat to merge languages.")
        List<Path> folders = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            EscoTaxonomy esco = load(folders, spec);
            EscoTaxonomy.Stats s = esco.stats();
            ObjectNode out = Json.object();
            out.put("version", esco.version());
            esco.languages().forEach(out.putArray("languages")::add);
            out.put("occupations", s.occupations());
            out.put("skills", s.skills());
            ObjectNode byType = out.putObject("skillsByType");
            byType.put("skill/competence", s.skillsByType().get(SkillType.SKILL_COMPETENCE));
            byType.put("knowledge", s.skillsByType().get(SkillType.KNOWLEDGE));
            byType.put("unknown", s.skillsByType().get(SkillType.UNKNOWN));
            if (s.skillsByType().get(SkillType.LANGUAGE) > 0 || s.skillsByType().get(SkillType.ATTITUDE) > 0) {
                byType.put("language", s.skillsByType().get(SkillType.LANGUAGE));
                byType.put("attitude", s.skillsByType().get(SkillType.ATTITUDE));
            }
            out.put("skillGroups", s.skillGroups());
            out.put("iscoGroups", s.iscoGroups());
            out.put("occupationSkillRelations", s.occupationSkillRelations());
            out.put("essentialRelations", s.essentialRelations());
            out.put("optionalRelations", s.optionalRelations());
            out.put("skillSkillRelations", s.skillSkillRelations());
            ObjectNode dangling = out.putObject("danglingReferences");
            esco.report().dangling().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> dangling.put(e.getKey(), e.getValue()));
            dangling.put("total", esco.report().danglingTotal());
            esco.report().missing().forEach(out.putArray("missing")::add);
            Json.print(spec.commandLine().getOut(), out);
            return KulisseCommand.OK;
        }
    }
}
