package org.kulisse.esco.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.kulisse.core.ConfigurationException;

/**
 * The SPARQL queries Kulisse ships (as files {@code org/kulisse/esco/store/queries/NAME.rq} in the jar), for graphs
 * as {@code FrameworkRdf} and {@code EscoRdf} write them, each framework and taxonomy in its own named graph. Run them
 * with {@link FrameworkStore#select(ReadyQuery, QueryParams)}; parameters not given stay free (match anything),
 * {@code ?lang} defaults to {@code en}.
 */
public enum ReadyQuery {
    /** The ESCO skills of one unit's outcomes and of the unit itself. Parameters: framework (IRI), unit (text). */
    UNIT_SKILLS("unit-skills", List.of("framework", "unit", "lang")),
    /** The units (of every framework in the store) that cover an ESCO skill. Parameter: skill (IRI). */
    UNITS_COVERING_SKILL("units-covering-skill", List.of("skill")),
    /**
     * The gap of a learner against an ESCO occupation: every essential and optional skill, with the achieved units
     * that cover it. Parameters: framework (IRI), occupation (IRI), units (text: unit codes, ids or outcome ids,
     * separated by spaces), lang.
     */
    GAP("gap", List.of("framework", "occupation", "units", "lang")),
    /** Qualifications by EQF level. Parameters: eqf (the level's IRI, e.g. http://data.europa.eu/snb/eqf/3), lang. */
    FRAMEWORKS_BY_EQF("frameworks-by-eqf", List.of("eqf", "lang")),
    /**
     * Unit correspondences between two frameworks, ranked by the ESCO skills they share. Parameters: frameworkA,
     * frameworkB (IRIs).
     */
    CROSSWALK("crosswalk", List.of("frameworkA", "frameworkB"));

    private final String fileName;
    private final List<String> parameters;

    ReadyQuery(String fileName, List<String> parameters) {
        this.fileName = fileName;
        this.parameters = parameters;
    }

    /** The name on the command line and of the file ({@code gap}, {@code unit-skills}, ...). */
    public String fileName() {
        return fileName;
    }

    public List<String> parameters() {
        return parameters;
    }

    /** The query text, as shipped. */
    public String text() {
        String resource = "/org/kulisse/esco/store/queries/" + fileName + ".rq";
        try (InputStream in = ReadyQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigurationException("the jar lacks " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The query with this file name, or the enum name in any case. */
    public static ReadyQuery of(String name) {
        for (ReadyQuery q : values()) {
            if (q.fileName.equalsIgnoreCase(name) || q.name().equalsIgnoreCase(name.replace('-', '_'))) {
                return q;
            }
        }
        throw new IllegalArgumentException("no ready-made query \"" + name + "\"; there are "
                + String.join(", ", java.util.Arrays.stream(values()).map(ReadyQuery::fileName).toList()));
    }

    @Override
    public String toString() {
        return fileName.toLowerCase(Locale.ROOT);
    }
}
