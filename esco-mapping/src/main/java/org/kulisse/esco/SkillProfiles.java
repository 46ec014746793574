package org.kulisse.esco;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Occupations as bit sets of skills, for fast set arithmetic: skill-profile similarity (search), coverage and gaps
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
    private final int[] sizes;
    private final int[][] occupationsOfSkill;

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
        this.sizes = new int[occupations.size()];
        int[] counts = new int[skills.length];
        for (int i = 0; i < occupations.size(); i++) {
            sizes[i] = all[i].cardinality();
            all[i].stream().forEach(bit -> counts[bit]++);
        }
        this.occupationsOfSkill = new int[skills.length][];
        for (int bit = 0; bit < skills.length; bit++) {
            occupationsOfSkill[bit] = new int[counts[bit]];
            counts[bit] = 0;
        }
        for (int i = 0; i < occupations.size(); i++) {
            for (int bit = all[i].nextSetBit(0); bit >= 0; bit = all[i].nextSetBit(bit + 1)) {
                occupationsOfSkill[bit][counts[bit]++] = i;
            }
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

    /**
     * The occupations whose skill sets (essential and optional) are most like this one's by Jaccard similarity, most
     * similar first: at most {@code limit} of them, none below {@code minimum}. Shared skills are counted through
     * each skill's occupations, so only occupations sharing a skill are looked at.
     */
    public List<Occupation> mostSimilar(int occupation, int limit, double minimum) {
        int[] shared = new int[occupations.size()];
        for (int bit = all[occupation].nextSetBit(0); bit >= 0; bit = all[occupation].nextSetBit(bit + 1)) {
            for (int other : occupationsOfSkill[bit]) {
                shared[other]++;
            }
        }
        List<Similar> candidates = new ArrayList<>();
        for (int other = 0; other < shared.length; other++) {
            if (other != occupation && shared[other] > 0) {
                double jaccard = (double) shared[other] / (sizes[occupation] + sizes[other] - shared[other]);
                if (jaccard >= minimum) {
                    candidates.add(new Similar(other, jaccard));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Similar::similarity).reversed()
                .thenComparingInt(Similar::occupation));
        return candidates.stream().limit(limit).map(c -> occupations.get(c.occupation())).toList();
    }

    private record Similar(int occupation, double similarity) {
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
