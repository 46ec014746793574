package org.kulisse.esco;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Occupations as bit sets of skills, for fast set arithmetic: Jaccard similarity of skill profiles, coverage and gaps
 * (gap analysis), ranking of all occupations. Built once per taxonomy; immutable and thread-safe.
 */
public final class SkillProfiles {
    private final EscoTaxonomy taxonomy;
    private final Map<String, Integer> skillIndex = new HashMap<>();
    private final String[] skills;
    private final List<Occupation> occupations;
    private final Map<String, Integer> occupationIndex = new HashMap<>();
    private final BitSet[] essential;
    private final BitSet[] optional;
    private final BitSet[] all;

    private SkillProfiles(EscoTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.skills = taxonomy.skills().stream().map(Skill::uri).toArray(String[]::new);
        for (int i = 0; i < skills.length; i++) {
            skillIndex.put(skills[i], i);
        }
        this.occupations = List.copyOf(taxonomy.occupations());
        this.essential = new BitSet[occupations.size()];
        this.optional = new BitSet[occupations.size()];
        this.all = new BitSet[occupations.size()];
        for (int i = 0; i < occupations.size(); i++) {
            String uri = occupations.get(i).uri();
            occupationIndex.put(uri, i);
            essential[i] = bits(taxonomy.essentialSkills(uri));
            optional[i] = bits(taxonomy.optionalSkills(uri));
            all[i] = (BitSet) essential[i].clone();
            all[i].or(optional[i]);
        }
    }

    public static SkillProfiles of(EscoTaxonomy taxonomy) {
        return new SkillProfiles(taxonomy);
    }

    private BitSet bits(List<Skill> list) {
        BitSet bits = new BitSet(skills.length);
        list.forEach(s -> bits.set(skillIndex.get(s.uri())));
        return bits;
    }

    public EscoTaxonomy taxonomy() {
        return taxonomy;
    }

    /** The bit of a skill, or -1 when the taxonomy has no such skill. */
    public int skillBit(String skillUri) {
        return skillIndex.getOrDefault(skillUri, -1);
    }

    public String skillAt(int bit) {
        return skills[bit];
    }

    public int skillCount() {
        return skills.length;
    }

    public List<Occupation> occupations() {
        return occupations;
    }

    /** Index of an occupation, or -1. */
    public int occupationIndex(String uri) {
        return occupationIndex.getOrDefault(uri, -1);
    }

    public BitSet essential(int occupation) {
        return (BitSet) essential[occupation].clone();
    }

    public BitSet optional(int occupation) {
        return (BitSet) optional[occupation].clone();
    }

    /** Jaccard similarity of two occupations' skill sets (essential and optional). */
    public double similarity(int a, int b) {
        BitSet and = (BitSet) all[a].clone();
        and.and(all[b]);
        int intersection = and.cardinality();
        int union = all[a].cardinality() + all[b].cardinality() - intersection;
        return union == 0 ? 0 : (double) intersection / union;
    }

    /** How many of an occupation's essential skills are in {@code held}. */
    public int essentialCovered(int occupation, BitSet held) {
        BitSet and = (BitSet) essential[occupation].clone();
        and.and(held);
        return and.cardinality();
    }

    public int essentialCount(int occupation) {
        return essential[occupation].cardinality();
    }
}
