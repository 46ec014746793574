package org.kulisse.core.nqf;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kulisse.core.ConfigurationException;
import org.kulisse.core.model.EqfLevel;

/**
 * A national qualifications framework and how its levels are referenced to the EQF. Referencing may be many-to-one
 * (Scotland's 12 levels onto 8) and some levels have no EQF level at all.
 *
 * @param id short id used in documents ({@code DQR}, {@code NKR}, {@code RQF})
 * @param countries the ISO 3166-1 alpha-2 codes (ISO 3166-2 for the UK nations: {@code GB-ENG}) it covers
 * @param name its English name
 * @param uri the EU vocabulary (QDR) concept IRI of the framework, or null
 * @param levels its levels, lowest first
 */
public record NationalFramework(String id, List<String> countries, String name, String uri,
        List<NationalFrameworkLevel> levels) {

    public NationalFramework {
        if (id == null || id.isBlank()) {
            throw new ConfigurationException("a national framework needs an id");
        }
        countries = List.copyOf(countries);
        levels = List.copyOf(levels);
        if (countries.isEmpty()) {
            throw new ConfigurationException("national framework " + id + " names no country");
        }
        Set<String> labels = new HashSet<>();
        for (NationalFrameworkLevel level : levels) {
            if (!labels.add(NationalFrameworkLevel.normalize(level.label()))) {
                throw new ConfigurationException("national framework " + id + " defines level \"" + level.label()
                        + "\" twice");
            }
        }
    }

    public Optional<NationalFrameworkLevel> level(String label) {
        return levels.stream().filter(l -> l.matches(label)).findFirst();
    }

    /** The levels referenced to the given EQF level, lowest first (none, one, or several). */
    public List<NationalFrameworkLevel> levelsAt(EqfLevel eqf) {
        return levels.stream().filter(l -> eqf.equals(l.eqfLevel())).toList();
    }

    public boolean covers(String country) {
        return countries.stream().anyMatch(c -> c.equalsIgnoreCase(country));
    }
}
