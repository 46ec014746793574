package org.kulisse.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.Unit;
import org.kulisse.esco.ConceptKind;
import org.kulisse.esco.EscoLoader;
import org.kulisse.esco.EscoSearch;
import org.kulisse.esco.FrameworkComparison;
import org.kulisse.esco.GapAnalysis;
import org.kulisse.esco.Occupation;
import org.kulisse.esco.SearchHit;
import org.kulisse.esco.SearchQuery;
import org.kulisse.esco.SkillProfiles;
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
        subcommands = {EscoCommand.Stats.class, EscoCommand.Search.class, EscoCommand.Suggest.class,
                EscoCommand.GapCommand.class, EscoCommand.Compare.class},
        footer = {"", "Examples:", "  kulisse esco stats --esco esco-v1.1.1-en",
                "  kulisse esco search --esco esco-v1.1.1-en --type occupation \"stage technician\"",
                "  kulisse esco gap --esco esco-v1.1.1-en --framework framework.json \\",
                "      --units U3,U7 --occupation 3435.25.5"})
final class EscoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: stats, search, suggest, gap, compare");
    }

    /** Loads ESCO from one or more download folders, reporting progress on stderr for long loads. */
    static EscoTaxonomy load(List<Path> folders, CommandSpec spec) {
        EscoLoader loader = EscoLoader.create();
        // a folder is a CSV download; a file, an ESCO RDF dump (as kulisse rdf esco writes it, or the official one)
        folders.forEach(f -> {
            if (java.nio.file.Files.isRegularFile(f)) {
                loader.rdf(f);
            } else {
                loader.folder(f);
            }
        });
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

    /** {@code kulisse esco search}. */
    @Command(name = "search", mixinStandardHelpOptions = true,
            description = {"Search ESCO occupations and skills by text (Lucene, per-language analysis). Prints a JSON",
                    "array of {uri, label, score}; with --queries, one array per input line."},
            footer = {"", "Examples:", "  kulisse esco search --esco esco-v1.1.1-en --type occupation "
                    + "\"theatre stage technician\"", "  kulisse esco search --esco DIR --queries queries.txt"})
    static final class Search implements Callable<Integer> {
        @Option(names = "--esco", required = true, paramLabel = "DIR", description = "ESCO download folder(s).")
        List<Path> folders = new ArrayList<>();

        @Option(names = "--lang", paramLabel = "L", description = "Language of the text (default: all loaded).")
        String language;

        @Option(names = "--type", paramLabel = "TYPE", description = "occupation or skill (default: both).")
        String type;

        @Option(names = "--top", defaultValue = "10", paramLabel = "K", description = "Hits (default 10).")
        int top;

        @Option(names = "--queries", paramLabel = "FILE", description = "One query per line instead of TEXT.")
        Path queries;

        @picocli.CommandLine.Parameters(paramLabel = "TEXT", arity = "0..*", description = "The text.")
        List<String> words = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            ConceptKind kind = kind(type, spec);
            if ((queries == null) == words.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "give either TEXT or --queries FILE");
            }
            List<String> lines = queries == null ? List.of(String.join(" ", words))
                    : java.nio.file.Files.readAllLines(queries, java.nio.charset.StandardCharsets.UTF_8);
            try (EscoSearch search = EscoSearch.build(load(folders, spec))) {
                java.io.PrintWriter out = spec.commandLine().getOut();
                for (String line : lines) {
                    if (queries != null && line.isBlank()) {
                        continue;
                    }
                    tools.jackson.databind.node.ArrayNode array = Json.NODES.arrayNode();
                    List<SearchHit> hits;
                    try {
                        hits = search.search(SearchQuery.of(line, language, kind, top));
                    } catch (IllegalArgumentException e) {
                        throw new ParameterException(spec.commandLine(), e.getMessage());
                    }
                    for (SearchHit hit : hits) {
                        ObjectNode node = array.addObject();
                        node.put("uri", hit.uri());
                        node.put("label", hit.label());
                        node.put("score", Math.round(hit.score() * 1000) / 1000.0);
                    }
                    if (queries == null) {
                        Json.print(out, array);
                    } else {
                        out.println(array.toString());
                    }
                }
                out.flush();
            }
            return KulisseCommand.OK;
        }
    }

    /** {@code kulisse esco suggest}. */
    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "Propose ESCO skills for the learning outcomes of a framework (proposals, not mappings).",
            footer = {"", "Example:", "  kulisse esco suggest --esco DIR --framework framework.json --unit U3"})
    static final class Suggest implements Callable<Integer> {
        @Option(names = "--esco", required = true, paramLabel = "DIR", description = "ESCO download folder(s).")
        List<Path> folders = new ArrayList<>();

        @Option(names = "--framework", required = true, paramLabel = "F", description = "The framework.")
        Path framework;

        @Option(names = "--unit", paramLabel = "U", description = "Only this unit (code or id).")
        String unit;

        @Option(names = "--top", defaultValue = "5", paramLabel = "K", description = "Proposals per outcome.")
        int top;

        @Option(names = "--occupation", paramLabel = "URI|CODE",
                description = "Rank the skills of this occupation higher.")
        String occupation;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CompetenceFramework f = FrameworkFiles.read(framework, spec.commandLine().getErr());
            EscoTaxonomy esco = load(folders, spec);
            String prefer = occupation == null ? null : esco.occupation(occupation).map(Occupation::uri)
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "ESCO has no occupation "
                            + occupation));
            tools.jackson.databind.node.ArrayNode out = Json.NODES.arrayNode();
            try (EscoSearch search = EscoSearch.build(esco)) {
                for (Unit u : f.units()) {
                    if (unit != null && !unit.equals(u.id()) && !unit.equals(u.code())) {
                        continue;
                    }
                    for (LearningOutcome o : u.learningOutcomes()) {
                        ObjectNode entry = out.addObject();
                        entry.put("unit", u.code() != null ? u.code() : u.id());
                        entry.put("outcome", o.id());
                        entry.put("statement", o.statement().getOrFirst("en").orElse(""));
                        tools.jackson.databind.node.ArrayNode hits = entry.putArray("suggestions");
                        List<SearchHit> suggestions;
                        try {
                            suggestions = search.suggest(o, new SearchQuery("", null, ConceptKind.SKILL, top,
                                    java.util.Set.of(), java.util.Set.of(), prefer));
                        } catch (IllegalArgumentException e) {
                            throw new ParameterException(spec.commandLine(), "outcome " + o.id() + ": "
                                    + e.getMessage());
                        }
                        for (SearchHit hit : suggestions) {
                            ObjectNode node = hits.addObject();
                            node.put("uri", hit.uri());
                            node.put("label", hit.label());
                            node.put("score", Math.round(hit.score() * 1000) / 1000.0);
                            node.put("mapped", o.relatedConcepts().contains(hit.uri()));
                        }
                    }
                }
            }
            Json.print(spec.commandLine().getOut(), out);
            return KulisseCommand.OK;
        }
    }

    /** {@code kulisse esco gap}. */
    @Command(name = "gap", mixinStandardHelpOptions = true,
            description = {"Compare the ESCO skills of achieved units with an occupation's essential and optional",
                    "skills, or rank all occupations by essential-skill coverage."},
            footer = {"", "Examples:", "  kulisse esco gap --esco DIR --framework F --units U3,U7 --occupation 3435.25.5",
                    "  kulisse esco gap --esco DIR --framework F --units U3,U7 --rank-occupations --top 10"})
    static final class GapCommand implements Callable<Integer> {
        @Option(names = "--esco", required = true, paramLabel = "DIR", description = "ESCO download folder(s).")
        List<Path> folders = new ArrayList<>();

        @Option(names = "--framework", required = true, paramLabel = "F", description = "The framework.")
        Path framework;

        @Option(names = "--units", required = true, split = ",", paramLabel = "U1,U2",
                description = "Achieved units (codes or ids) or outcomes (ids).")
        List<String> units = new ArrayList<>();

        @Option(names = "--occupation", paramLabel = "URI|CODE", description = "The occupation.")
        String occupation;

        @Option(names = "--rank-occupations", description = "Rank every occupation instead.")
        boolean rank;

        @Option(names = "--top", defaultValue = "10", paramLabel = "K", description = "With --rank-occupations.")
        int top;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if ((occupation == null) == !rank) {
                throw new ParameterException(spec.commandLine(), "give either --occupation or --rank-occupations");
            }
            CompetenceFramework f = FrameworkFiles.read(framework, spec.commandLine().getErr());
            for (String u : units) {
                boolean known = f.unitByCode(u).isPresent() || f.units().stream().anyMatch(x -> x.outcome(u)
                        .isPresent());
                if (!known) {
                    throw new ParameterException(spec.commandLine(), "the framework has no unit or outcome \"" + u
                            + "\"");
                }
            }
            EscoTaxonomy esco = load(folders, spec);
            GapAnalysis analysis = GapAnalysis.of(SkillProfiles.of(esco));
            GapAnalysis.Holdings holdings = analysis.holdings(f, units);
            ObjectNode out = Json.object();
            units.forEach(out.putArray("units")::add);
            out.put("skillsHeld", holdings.skills().cardinality());
            holdings.unmapped().forEach(out.putArray("unmappedOutcomes")::add);
            if (rank) {
                tools.jackson.databind.node.ArrayNode fits = out.putArray("occupations");
                for (GapAnalysis.Fit fit : analysis.rank(holdings, top)) {
                    ObjectNode node = fits.addObject();
                    node.put("uri", fit.occupation());
                    node.put("label", fit.label());
                    node.put("code", fit.code());
                    node.put("essentialCovered", fit.essentialCovered());
                    node.put("essentialTotal", fit.essentialTotal());
                    node.put("coverage", Math.round(fit.coverage() * 10000) / 10000.0);
                }
            } else {
                if (esco.occupation(occupation).isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "ESCO has no occupation " + occupation);
                }
                GapAnalysis.Gap gap = analysis.gap(holdings, occupation);
                out.put("occupation", gap.occupation());
                out.put("label", gap.label());
                out.put("code", gap.code());
                out.put("essentialCoverage", Math.round(gap.essentialCoverage() * 10000) / 10000.0);
                out.put("optionalCoverage", Math.round(gap.optionalCoverage() * 10000) / 10000.0);
                skills(out.putArray("essentialCovered"), gap.essentialCovered(), esco, gap.coveredBy());
                skills(out.putArray("essentialMissing"), gap.essentialMissing(), esco, null);
                skills(out.putArray("optionalCovered"), gap.optionalCovered(), esco, gap.coveredBy());
                out.put("optionalMissing", gap.optionalMissing().size());
            }
            Json.print(spec.commandLine().getOut(), out);
            return KulisseCommand.OK;
        }

        private static void skills(tools.jackson.databind.node.ArrayNode array, List<String> uris, EscoTaxonomy esco,
                java.util.Map<String, List<String>> coveredBy) {
            for (String uri : uris) {
                ObjectNode node = array.addObject();
                node.put("uri", uri);
                node.put("label", esco.skill(uri).flatMap(s -> s.labels().preferred().getOrFirst("en")).orElse(uri));
                if (coveredBy != null && coveredBy.get(uri) != null) {
                    coveredBy.get(uri).forEach(node.putArray("units")::add);
                }
            }
        }
    }

    /** {@code kulisse esco compare}. */
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = {"Propose unit correspondences between two frameworks mapped to ESCO, ranked by the overlap",
                    "of their skills (proposals for an MoU author, never automatic recognition)."},
            footer = {"", "Example:", "  kulisse esco compare --esco DIR italian.json norwegian.json"})
    static final class Compare implements Callable<Integer> {
        @Option(names = "--esco", required = true, paramLabel = "DIR", description = "ESCO download folder(s).")
        List<Path> folders = new ArrayList<>();

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "A", description = "The first framework.")
        Path a;

        @picocli.CommandLine.Parameters(index = "1", paramLabel = "B", description = "The second framework.")
        Path b;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CompetenceFramework first = FrameworkFiles.read(a, spec.commandLine().getErr());
            CompetenceFramework second = FrameworkFiles.read(b, spec.commandLine().getErr());
            EscoTaxonomy esco = load(folders, spec);
            tools.jackson.databind.node.ArrayNode out = Json.NODES.arrayNode();
            for (FrameworkComparison.Proposal p : FrameworkComparison.compare(first, second)) {
                ObjectNode node = out.addObject();
                node.put("unitA", p.unitA());
                node.put("unitB", p.unitB());
                node.put("overlap", Math.round(p.overlap() * 10000) / 10000.0);
                tools.jackson.databind.node.ArrayNode shared = node.putArray("sharedSkills");
                for (String uri : p.sharedSkills()) {
                    ObjectNode skill = shared.addObject();
                    skill.put("uri", uri);
                    skill.put("label", esco.skill(uri).flatMap(x -> x.labels().preferred().getOrFirst("en"))
                            .orElse(uri));
                }
            }
            Json.print(spec.commandLine().getOut(), out);
            return KulisseCommand.OK;
        }
    }

    static ConceptKind kind(String type, CommandSpec spec) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "occupation" -> ConceptKind.OCCUPATION;
            case "skill" -> ConceptKind.SKILL;
            default -> throw new ParameterException(spec.commandLine(), "--type must be occupation or skill");
        };
    }
}
