package org.kulisse.esco;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kulisse.core.ExportException;
import org.kulisse.core.ImportException;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.Mapping;
import org.kulisse.core.model.Unit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A framework's mappings as an SSSOM mapping set: a YAML metadata block (each line behind {@code #}) with the CURIE
 * map, then a TSV table, one mapping per row. Subjects are the framework's outcome and unit ids under the prefix
 * {@code kulisse:} (the framework id), objects ESCO concepts under {@code esco:}.
 */
public final class Sssom {
    static final List<String> COLUMNS = List.of("subject_id", "subject_label", "predicate_id", "object_id",
            "object_label", "mapping_justification", "confidence", "author_label", "mapping_date",
            "object_source_version", "comment");
    private static final Map<String, String> PREFIXES = Map.of(
            "esco", "http://data.europa.eu/esco/",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "semapv", "https://w3id.org/semapv/vocab/");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).enable(YAMLWriteFeature.MINIMIZE_QUOTES).build();
    private static final CsvMapper CSV = new CsvMapper();

    private Sssom() {
    }

    private static String subjectPrefix(String frameworkId) {
        return frameworkId.endsWith("/") || frameworkId.endsWith("#") ? frameworkId : frameworkId + "/";
    }

    /** The framework's mappings as SSSOM TSV. */
    public static String write(CompetenceFramework framework) {
        Map<String, Object> meta = new LinkedHashMap<>();
        Map<String, String> curies = new LinkedHashMap<>();
        curies.put("kulisse", subjectPrefix(framework.id()));
        curies.putAll(new java.util.TreeMap<>(PREFIXES));
        meta.put("curie_map", curies);
        meta.put("mapping_set_id", subjectPrefix(framework.id()) + "mappings.sssom.tsv");
        if (framework.version() != null) {
            meta.put("mapping_set_version", framework.version());
        }
        String licence = framework.provenance().licence();
        meta.put("license", licence != null && licence.startsWith("http") ? licence
                : licence != null ? "https://spdx.org/licenses/" + licence + ".html"
                        : "https://w3id.org/sssom/license/unspecified");
        meta.put("subject_source", framework.id());
        meta.put("object_source", "http://data.europa.eu/esco");
        StringBuilder out = new StringBuilder();
        for (String line : YAML.writeValueAsString(meta).split("\n")) {
            if (!line.isBlank()) {
                out.append("# ").append(line).append('\n');
            }
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(COLUMNS.toArray(String[]::new));
        for (Mapping m : framework.mappings()) {
            rows.add(new String[] {curie(m.subject(), curies), label(framework, m.subject()),
                curie(m.predicate(), curies), curie(m.object(), curies), nz(m.objectLabel()),
                curie(m.justification(), curies), m.confidence() == null ? "" : m.confidence().toPlainString(),
                nz(m.author()), m.date() == null ? "" : m.date().toString(), nz(m.objectVersion()),
                nz(m.comment())});
        }
        java.io.StringWriter table = new java.io.StringWriter();
        try (var writer = CSV.writerFor(String[].class).with(CsvSchema.emptySchema().withColumnSeparator('\t')
                .withoutQuoteChar().withLineSeparator("\n")).writeValues(table)) {
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = row[i].replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
                }
                writer.write(row);
            }
        }
        return out.append(table).toString();
    }

    public static void write(CompetenceFramework framework, Path file) {
        try {
            Files.writeString(file, write(framework), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads an SSSOM TSV mapping set; subjects under the framework's prefix become its outcome and unit ids. */
    public static List<Mapping> read(String text, String source, String frameworkId) {
        StringBuilder yaml = new StringBuilder();
        int tableStart = 0;
        int headerLines = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            yaml.append(line.substring(1)).append('\n');
            tableStart += line.length() + 1;
            headerLines++;
        }
        Map<String, String> curies = new LinkedHashMap<>(PREFIXES);
        curies.put("kulisse", subjectPrefix(frameworkId));
        if (yaml.length() > 0) {
            try {
                Map<?, ?> meta = YAML.readValue(stripCommonIndent(yaml.toString()), Map.class);
                if (meta != null && meta.get("curie_map") instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> curies.put(String.valueOf(k), String.valueOf(v)));
                }
            } catch (JacksonException e) {
                throw new ImportException("the metadata block is not valid YAML: " + e.getOriginalMessage(), source,
                        e.getLocation() == null ? 1 : e.getLocation().getLineNr(), 0, null, e);
            }
        }
        List<Mapping> mappings = new ArrayList<>();
        String prefix = subjectPrefix(frameworkId);
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withColumnSeparator('\t').withoutQuoteChar())
                .readValues(text.substring(Math.min(tableStart, text.length())))) {
            long line = headerLines + 1;
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                line++;
                for (String required : List.of("subject_id", "predicate_id", "object_id", "mapping_justification")) {
                    if (row.get(required) == null || row.get(required).isBlank()) {
                        throw new ImportException("the column \"" + required + "\" is missing or empty", source,
                                line, 0, null);
                    }
                }
                String subject = expand(row.get("subject_id"), curies);
                if (subject.startsWith(prefix)) {
                    subject = subject.substring(prefix.length());
                }
                BigDecimal confidence = null;
                LocalDate date = null;
                try {
                    confidence = blank(row.get("confidence")) ? null : new BigDecimal(row.get("confidence").trim());
                    date = blank(row.get("mapping_date")) ? null : LocalDate.parse(row.get("mapping_date").trim());
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw new ImportException("bad confidence or mapping_date: " + e.getMessage(), source, line, 0,
                            null, e);
                }
                mappings.add(new Mapping(subject, expand(row.get("predicate_id"), curies),
                        expand(row.get("object_id"), curies), emptyToNull(row.get("object_label")),
                        expand(row.get("mapping_justification"), curies), confidence,
                        emptyToNull(row.getOrDefault("author_label", row.get("author_id"))), date,
                        emptyToNull(row.get("object_source_version")), emptyToNull(row.get("comment"))));
            }
        } catch (JacksonException e) {
            throw new ImportException("malformed TSV: " + e.getOriginalMessage(), source,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr() + headerLines, 0, null, e);
        }
        return mappings;
    }

    public static List<Mapping> read(Path file, String frameworkId) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString(), frameworkId);
        } catch (IOException e) {
            throw new ImportException("cannot read the file: " + e.getMessage(), file.toString(), 0, 0, null, e);
        }
    }

    private static String stripCommonIndent(String yaml) {
        return yaml.lines().map(l -> l.startsWith(" ") ? l.substring(1) : l)
                .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append).toString();
    }

    private static String curie(String iri, Map<String, String> curies) {
        if (iri == null) {
            return "";
        }
        String best = null;
        String bestPrefix = null;
        for (Map.Entry<String, String> e : curies.entrySet()) {
            if (iri.startsWith(e.getValue()) && (bestPrefix == null || e.getValue().length() > bestPrefix.length())) {
                best = e.getKey();
                bestPrefix = e.getValue();
            }
        }
        if (best != null) {
            return best + ":" + iri.substring(bestPrefix.length());
        }
        return iri.contains(":") ? iri : "kulisse:" + iri;
    }

    private static String expand(String curie, Map<String, String> curies) {
        String value = curie.trim();
        int colon = value.indexOf(':');
        if (colon > 0 && !value.startsWith("http")) {
            String base = curies.get(value.substring(0, colon));
            if (base != null) {
                return base + value.substring(colon + 1);
            }
        }
        return value;
    }

    private static String label(CompetenceFramework f, String subject) {
        for (Unit u : f.units()) {
            if (u.id().equals(subject)) {
                return u.title().getOrFirst("en").orElse("");
            }
            for (LearningOutcome o : u.learningOutcomes()) {
                if (o.id().equals(subject)) {
                    return o.statement().getOrFirst("en").orElse("");
                }
            }
        }
        return "";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String emptyToNull(String s) {
        return blank(s) ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
