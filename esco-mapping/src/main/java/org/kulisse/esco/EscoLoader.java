package org.kulisse.esco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kulisse.core.ImportException;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.esco.internal.CsvTable;

/**
 * Loads an ESCO CSV download into an {@link EscoTaxonomy}: the v1.0.x, v1.1.x and v1.2.x layouts (files with or
 * without the {@code _en} suffix, relations inside or beside the language package, in the folder or one level
 * below), one language or several merged (give several folders). References to concepts that are not there and
 * duplicate rows go into the {@link LoadReport}; malformed files fail with an {@link ImportException} naming file and
 * line, so a taxonomy is never silently partial.
 *
 * <p>A load uses two threads besides the caller's: one parses the concept files ahead of the caller, who builds the
 * concepts, and one reads the relation files meanwhile; progress is reported on the caller's thread.
 *
 * <pre>{@code
 * EscoTaxonomy esco = EscoLoader.create().folder(Path.of("esco-v1.1.1-en")).load();
 * }</pre>
 */
public final class EscoLoader {
    private static final Pattern FILE = Pattern.compile("([A-Za-z]+?)(?:_([a-z]{2,3}(?:-[A-Za-z]+)?))?\\.csv");
    private static final Pattern VERSION = Pattern.compile("v(1\\.[0-9]+(?:\\.[0-9x]+)?)");
    static final int PROGRESS_EVERY = 10_000;

    private final List<Path> folders = new ArrayList<>();
    private final List<Path> rdfFiles = new ArrayList<>();
    private String version;
    private String defaultLanguage = "en";
    private Consumer<LoadProgress> progress = p -> { };

    private EscoLoader() {
    }

    public static EscoLoader create() {
        return new EscoLoader();
    }

    /** A folder of the download; several folders (one per language) are merged. */
    public EscoLoader folder(Path folder) {
        folders.add(folder);
        return this;
    }

    /**
     * An ESCO RDF dump (N-Triples, Turtle, RDF/XML or JSON-LD, told by the extension) to read instead of CSV folders;
     * several files are read into one taxonomy.
     */
    public EscoLoader rdf(Path file) {
        rdfFiles.add(file);
        return this;
    }

    /** The ESCO version, if known (otherwise detected from folder names and file layout). */
    public EscoLoader version(String value) {
        this.version = value;
        return this;
    }

    /** The language of files without a language suffix (default {@code en}). */
    public EscoLoader defaultLanguage(String language) {
        this.defaultLanguage = language;
        return this;
    }

    /**
     * Called every 10,000 rows and at the end of each file, on the thread that calls {@link #load()}; the relation
     * files, read on another thread, report in bursts between the concept files.
     */
    public EscoLoader progress(Consumer<LoadProgress> callback) {
        this.progress = callback;
        return this;
    }

    /** One CSV file of the download. */
    private record Part(Path file, String kind, String language) {
    }

    public EscoTaxonomy load() {
        if (!rdfFiles.isEmpty()) {
            if (!folders.isEmpty()) {
                throw new IllegalStateException("name CSV folders or RDF files, not both");
            }
            EscoTaxonomy.Builder b = new EscoTaxonomy.Builder();
            b.version = version;
            RdfDumpReader reader = new RdfDumpReader();
            rdfFiles.forEach(file -> reader.parse(file, progress));
            reader.fill(b, rdfFiles.size() == 1 ? rdfFiles.get(0).toString() : rdfFiles.toString());
            return new EscoTaxonomy(b);
        }
        if (folders.isEmpty()) {
            throw new IllegalStateException("name at least one ESCO folder");
        }
        Map<String, List<Part>> parts = new LinkedHashMap<>();
        for (Path folder : folders) {
            find(folder, parts);
        }
        if (parts.isEmpty()) {
            throw new ImportException("no ESCO CSV files (occupations, skills, relations ...) were found",
                    folders.toString(), 0, 0, null);
        }
        EscoTaxonomy.Builder b = new EscoTaxonomy.Builder();
        b.version = version != null ? version : detectVersion(parts);
        for (String kind : List.of("isco", "skillGroups", "occupations", "skills")) {
            if (!parts.containsKey(kind)) {
                b.missing.add(kind);
            }
        }
        for (String kind : List.of("occupationSkill", "skillSkill", "broader")) {
            if (!parts.containsKey(kind)) {
                b.missing.add(kind + " relations");
            }
        }
        List<RelationFiles.Source> relationSources = new ArrayList<>();
        for (RelationFiles.Kind kind : RelationFiles.Kind.values()) {
            parts.getOrDefault(kind.key, List.of()).forEach(
                    p -> relationSources.add(new RelationFiles.Source(p.file(), p.language(), kind)));
        }
        RelationFiles relations = RelationFiles.start(relationSources);
        try {
            List<Part> conceptFiles = new ArrayList<>();
            for (String kind : List.of("isco", "skillGroups", "occupations", "skills")) {
                conceptFiles.addAll(parts.getOrDefault(kind, List.of()));
            }
            parts.forEach((kind, list) -> {
                if (kind.startsWith("collection:")) {
                    conceptFiles.addAll(list);
                }
            });
            for (Part part : conceptFiles) {
                conceptFile(part, b);
                relations.deliverProgress(progress);
            }
        } catch (RuntimeException | Error e) {
            relations.cancel();
            throw e;
        }
        relations.addTo(b, progress);
        for (Occupation o : b.occupations.values()) {
            if (o.iscoGroup() != null && !b.iscoGroups.isEmpty() && !b.byCode.containsKey("isco:" + o.iscoGroup())) {
                b.dangling("iscoGroup", o.uri() + " -> ISCO " + o.iscoGroup());
            }
        }
        return new EscoTaxonomy(b);
    }

    private void conceptFile(Part part, EscoTaxonomy.Builder b) {
        switch (part.kind()) {
            case "isco" -> groups(part, b, b.iscoGroups, "isco:");
            case "skillGroups" -> groups(part, b, b.skillGroups, "");
            case "occupations" -> occupations(part, b);
            case "skills" -> skills(part, b);
            default -> collection(part, part.kind().substring("collection:".length()), b);
        }
    }

    private void find(Path folder, Map<String, List<Part>> parts) {
        if (!Files.isDirectory(folder)) {
            throw new ImportException("not a folder", folder.toString(), 0, 0, null);
        }
        try (Stream<Path> files = Files.walk(folder, 2)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> {
                Matcher m = FILE.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    return;
                }
                String kind = kind(m.group(1));
                if (kind != null) {
                    String language = m.group(2) != null ? m.group(2) : defaultLanguage;
                    parts.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Part(file, kind, language));
                }
            });
        } catch (IOException e) {
            throw new ImportException("cannot list the folder: " + e.getMessage(), folder.toString(), 0, 0, null, e);
        }
    }

    private static String kind(String base) {
        String b = base.toLowerCase(Locale.ROOT);
        return switch (b) {
            case "occupations" -> "occupations";
            case "skills" -> "skills";
            case "skillgroups" -> "skillGroups";
            case "iscogroups" -> "isco";
            case "occupationskillrelations" -> "occupationSkill";
            case "skillskillrelations" -> "skillSkill";
            case "broaderrelationsoccpillar", "broaderrelationsskillpillar" -> "broader";
            default -> b.endsWith("collection") && b.length() > "collection".length()
                    ? "collection:" + base.substring(0, base.length() - "collection".length()) : null;
        };
    }

    private String detectVersion(Map<String, List<Part>> parts) {
        for (Path folder : folders) {
            Matcher m = VERSION.matcher(folder.toAbsolutePath().toString());
            String found = null;
            while (m.find()) {
                found = "v" + m.group(1);
            }
            if (found != null) {
                return found;
            }
        }
        if (parts.getOrDefault("occupationSkill", List.of()).stream().anyMatch(p -> p.file().getFileName()
                .toString().contains("_"))) {
            return "v1.2.x";
        }
        return parts.containsKey("collection:digitalSkills") || parts.containsKey("collection:researchSkills")
                ? "v1.1.x" : "unknown";
    }

    private long read(Part part, List<String> required, EscoTaxonomy.Builder b, Consumer<CsvTable.Row> consumer) {
        String name = part.file().getFileName().toString();
        long[] count = {0};
        long rows = CsvTable.read(part.file(), required, row -> {
            consumer.accept(row);
            if (++count[0] % PROGRESS_EVERY == 0) {
                progress.accept(new LoadProgress(name, count[0], false));
            }
        });
        b.rowsRead.merge(name, rows, Long::sum);
        progress.accept(new LoadProgress(name, rows, true));
        b.languages.add(part.language());
        return rows;
    }

    private Labels labels(CsvTable.Row row, String language) {
        return new Labels(LocalizedText.of(language, row.get("preferredLabel")),
                Map.of(language, CsvTable.values(row.get("altLabels"))),
                Map.of(language, CsvTable.values(row.get("hiddenLabels"))));
    }

    private static LocalizedText text(String value, String language) {
        return value.isEmpty() ? LocalizedText.empty() : LocalizedText.of(language, value);
    }

    private void groups(Part part, EscoTaxonomy.Builder b, Map<String, Group> into, String codePrefix) {
        read(part, List.of("conceptUri", "preferredLabel"), b, row -> {
            String uri = row.get("conceptUri");
            String code = row.get("code").isEmpty() ? null : row.get("code");
            Group group = new Group(uri, code, labels(row, part.language()));
            Group previous = into.get(uri);
            if (previous != null && previous.labels().preferred().has(part.language())) {
                b.duplicate(part.file().getFileName().toString(), uri);
                return;
            }
            into.put(uri, previous == null ? group : new Group(uri, previous.code(),
                    previous.labels().merge(group.labels())));
            if (code != null) {
                b.byCode.putIfAbsent(codePrefix + code, uri);
            }
        });
    }

    private void occupations(Part part, EscoTaxonomy.Builder b) {
        read(part, List.of("conceptUri", "preferredLabel"), b, row -> {
            String uri = row.get("conceptUri");
            String lang = part.language();
            Occupation previous = b.occupations.get(uri);
            if (previous != null && previous.labels().preferred().has(lang)) {
                b.duplicate(part.file().getFileName().toString(), uri);
                return;
            }
            String code = row.get("code").isEmpty() ? null : row.get("code");
            String isco = row.get("iscoGroup").isEmpty() ? null : row.get("iscoGroup");
            String note = row.get("regulatedProfessionNote").isEmpty() ? null : row.get("regulatedProfessionNote");
            Occupation occupation = previous == null
                    ? new Occupation(uri, code, isco, labels(row, lang), text(row.get("description"), lang), note)
                    : new Occupation(uri, previous.code(), previous.iscoGroup(), previous.labels().merge(
                            labels(row, lang)), previous.description().isEmpty() ? text(row.get("description"), lang)
                            : previous.description().has(lang) || row.get("description").isEmpty()
                                    ? previous.description() : previous.description().with(lang,
                                            row.get("description")), previous.regulatedProfessionNote());
            b.occupations.put(uri, occupation);
            if (previous == null) {
                if (code != null) {
                    b.byCode.putIfAbsent(code, uri);
                }
                if (isco != null) {
                    b.occupationsByIsco.computeIfAbsent(isco, k -> new ArrayList<>()).add(uri);
                }
            }
        });
    }

    private void skills(Part part, EscoTaxonomy.Builder b) {
        read(part, List.of("conceptUri", "preferredLabel", "skillType"), b, row -> {
            String uri = row.get("conceptUri");
            String lang = part.language();
            Skill previous = b.skills.get(uri);
            if (previous != null && previous.labels().preferred().has(lang)) {
                b.duplicate(part.file().getFileName().toString(), uri);
                return;
            }
            Skill skill = previous == null
                    ? new Skill(uri, SkillType.fromCsv(row.get("skillType")), ReuseLevel.fromCsv(
                            row.get("reuseLevel")), labels(row, lang), text(row.get("description"), lang))
                    : new Skill(uri, previous.type(), previous.reuseLevel(), previous.labels().merge(labels(row,
                            lang)), previous.description().has(lang) || row.get("description").isEmpty()
                            ? previous.description() : previous.description().with(lang, row.get("description")));
            b.skills.put(uri, skill);
        });
    }

    /**
     * The concept's URI as the taxonomy already holds it, or null when no concept has it. Relations keep that one
     * string instead of the copy each CSV row brings: over 120,000 relation rows that is most of the heap a load
     * would otherwise hold twice.
     */
    static String held(EscoTaxonomy.Builder b, String uri) {
        Occupation occupation = b.occupations.get(uri);
        if (occupation != null) {
            return occupation.uri();
        }
        Skill skill = b.skills.get(uri);
        if (skill != null) {
            return skill.uri();
        }
        Group group = b.skillGroups.get(uri);
        if (group == null) {
            group = b.iscoGroups.get(uri);
        }
        return group == null ? null : group.uri();
    }

    private void collection(Part part, String name, EscoTaxonomy.Builder b) {
        read(part, List.of("conceptUri"), b, row -> {
            String uri = row.get("conceptUri");
            String held = held(b, uri);
            if (held != null) {
                uri = held;
            } else if (!b.skills.isEmpty() || !b.occupations.isEmpty()) {
                b.dangling("collections", name + ": " + uri);
            }
            b.collections.computeIfAbsent(name, k -> new java.util.LinkedHashSet<>()).add(uri);
        });
    }
}
