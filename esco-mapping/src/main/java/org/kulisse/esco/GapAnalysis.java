package org.kulisse.esco;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.Unit;

/**
 * Compares what a learner achieved (units or single outcomes of a framework, through their ESCO links and mappings —
 * {@code relatedConcepts} and {@link org.kulisse.core.model.Mapping}s of the outcome or its unit) with the
 * skills ESCO lists for occupations: the gap against one occupation, and the ranking of all occupations by how many
 * of their essential skills the learner has. Works on {@link SkillProfiles} bit sets, not on SPARQL. Thread-safe.
 */
public final class GapAnalysis {
    private final SkillProfiles profiles;
    private final EscoTaxonomy esco;

    private GapAnalysis(SkillProfiles profiles) {
        this.profiles = profiles;
        this.esco = profiles.taxonomy();
    }

    public static GapAnalysis of(SkillProfiles profiles) {
        return new GapAnalysis(profiles);
    }

    /**
     * A learner's ESCO skills.
     *
     * @param skills the skill bits
     * @param coveredBy for each skill URI, the units (codes, else ids) whose outcomes are mapped to it
     * @param unmapped outcomes achieved but mapped to no skill of this ESCO
     */
    public record Holdings(BitSet skills, Map<String, List<String>> coveredBy, List<String> unmapped) {
    }

    /**
     * The gap against one occupation.
     *
     * @param occupation the occupation's URI
     * @param label its preferred label
     * @param code its ESCO code
     * @param essentialCovered essential skills the learner has
     * @param essentialMissing essential skills the learner lacks
     * @param optionalCovered optional skills the learner has
     * @param optionalMissing optional skills the learner lacks
     * @param essentialCoverage covered / all essential skills (0 when it has none)
     * @param optionalCoverage covered / all optional skills
     * @param coveredBy for each covered skill, the units that cover it
     */
    public record Gap(String occupation, String label, String code, List<String> essentialCovered,
            List<String> essentialMissing, List<String> optionalCovered, List<String> optionalMissing,
            double essentialCoverage, double optionalCoverage, Map<String, List<String>> coveredBy) {
    }

    /**
     * How well a learner fits an occupation.
     *
     * @param occupation the URI
     * @param label the preferred label
     * @param code the ESCO code
     * @param essentialCovered essential skills held
     * @param essentialTotal essential skills of the occupation
     * @param coverage their ratio
     */
    public record Fit(String occupation, String label, String code, int essentialCovered, int essentialTotal,
            double coverage) {
    }

    /** The skills of the given units (ids or codes) and outcomes (ids) of a framework. */
    public Holdings holdings(CompetenceFramework framework, Collection<String> achieved) {
        Set<String> wanted = Set.copyOf(achieved);
        BitSet skills = new BitSet(profiles.skillCount());
        Map<String, List<String>> coveredBy = new LinkedHashMap<>();
        List<String> unmapped = new ArrayList<>();
        for (Unit unit : framework.units()) {
            boolean wholeUnit = wanted.contains(unit.id()) || (unit.code() != null && wanted.contains(unit.code()));
            String unitName = unit.code() != null ? unit.code() : unit.id();
            for (LearningOutcome outcome : unit.learningOutcomes()) {
                if (!wholeUnit && !wanted.contains(outcome.id())) {
                    continue;
                }
                boolean any = false;
                List<String> concepts = new ArrayList<>(outcome.relatedConcepts());
                framework.mappingsOf(outcome.id()).forEach(m -> concepts.add(m.object()));
                framework.mappingsOf(unit.id()).forEach(m -> concepts.add(m.object()));
                for (String iri : concepts) {
                    int bit = profiles.skillBit(iri);
                    if (bit >= 0) {
                        any = true;
                        skills.set(bit);
                        List<String> units = coveredBy.computeIfAbsent(iri, k -> new ArrayList<>());
                        if (!units.contains(unitName)) {
                            units.add(unitName);
                        }
                    }
                }
                if (!any) {
                    unmapped.add(outcome.id());
                }
            }
        }
        return new Holdings(skills, coveredBy, unmapped);
    }

    /** The gap between what the learner holds and an occupation (URI or ESCO code). */
    public Gap gap(Holdings holdings, String occupationUriOrCode) {
        Occupation occupation = esco.occupation(occupationUriOrCode).orElseThrow(() ->
                new IllegalArgumentException("ESCO has no occupation " + occupationUriOrCode));
        int index = profiles.occupationIndex(occupation.uri());
        BitSet essential = profiles.essential(index);
        BitSet optional = profiles.optional(index);
        List<String> essentialCovered = new ArrayList<>();
        List<String> essentialMissing = new ArrayList<>();
        split(essential, holdings.skills(), essentialCovered, essentialMissing);
        List<String> optionalCovered = new ArrayList<>();
        List<String> optionalMissing = new ArrayList<>();
        split(optional, holdings.skills(), optionalCovered, optionalMissing);
        Map<String, List<String>> coveredBy = new LinkedHashMap<>();
        for (String skill : essentialCovered) {
            coveredBy.put(skill, holdings.coveredBy().get(skill));
        }
        for (String skill : optionalCovered) {
            coveredBy.put(skill, holdings.coveredBy().get(skill));
        }
        return new Gap(occupation.uri(), label(occupation), occupation.code(), essentialCovered, essentialMissing,
                optionalCovered, optionalMissing, ratio(essentialCovered.size(), essential.cardinality()),
                ratio(optionalCovered.size(), optional.cardinality()), coveredBy);
    }

    /** Every occupation with essential skills, best essential coverage first (then more skills held, then label). */
    public List<Fit> rank(Holdings holdings, int top) {
        List<Fit> fits = new ArrayList<>();
        for (int i = 0; i < profiles.occupations().size(); i++) {
            int total = profiles.essentialCount(i);
            if (total == 0) {
                continue;
            }
            int covered = profiles.essentialCovered(i, holdings.skills());
            Occupation o = profiles.occupations().get(i);
            fits.add(new Fit(o.uri(), label(o), o.code(), covered, total, ratio(covered, total)));
        }
        fits.sort(Comparator.comparingDouble(Fit::coverage).reversed()
                .thenComparing(Comparator.comparingInt(Fit::essentialCovered).reversed())
                .thenComparing(Fit::label));
        return List.copyOf(fits.subList(0, Math.min(top, fits.size())));
    }

    private void split(BitSet wanted, BitSet held, List<String> covered, List<String> missing) {
        for (int bit = wanted.nextSetBit(0); bit >= 0; bit = wanted.nextSetBit(bit + 1)) {
            (held.get(bit) ? covered : missing).add(profiles.skillAt(bit));
        }
    }

    private String label(Occupation o) {
        return o.labels().preferred().getOrFirst(esco.languages().isEmpty() ? "en" : esco.languages().get(0))
                .orElse(o.uri());
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
