package org.kulisse.esco;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ESCO as loaded from a download ({@link EscoLoader}): occupations, skills, skill groups and ISCO groups with their
 * labels in every loaded language, the hierarchies (skills are poly-hierarchical), the occupation–skill and
 * skill–skill relations, and the collections. Immutable and thread-safe.
 */
public final class EscoTaxonomy {
    private final String version;
    private final List<String> languages;
    private final Map<String, Occupation> occupations;
    private final Map<String, Skill> skills;
    private final Map<String, Group> skillGroups;
    private final Map<String, Group> iscoGroups;
    private final Map<String, List<String>> broader;
    private final Map<String, List<String>> narrower;
    private final Map<String, List<String>> essential;
    private final Map<String, List<String>> optional;
    private final Map<String, List<String>> occupationsBySkill;
    private final Map<String, Map<String, RelationType>> skillSkill;
    private final Map<String, Set<String>> collections;
    private final Map<String, String> byCode;
    private final Map<String, List<String>> occupationsByIsco;
    private final List<UnresolvedRelation> unresolved;
    private final Stats stats;
    private final LoadReport report;

    /** The counts {@code kulisse esco stats} prints. */
    public record Stats(long occupations, long skills, Map<SkillType, Long> skillsByType, long skillGroups,
            long iscoGroups, long occupationSkillRelations, long essentialRelations, long optionalRelations,
            long skillSkillRelations) {
    }

    /**
     * A relation row whose ends are not both in the taxonomy (counted under {@link LoadReport#dangling()}): kept as
     * read so that an export (RDF) loses nothing and reading it back reports the same.
     *
     * @param kind {@code occupationSkill}, {@code skillSkill} or {@code broader}
     * @param from the concept the row starts from
     * @param type essential or optional; null for {@code broader}
     * @param to the related or broader concept
     */
    public record UnresolvedRelation(String kind, String from, RelationType type, String to) {
    }

    EscoTaxonomy(Builder b) {
        this.version = b.version;
        this.languages = List.copyOf(b.languages);
        this.occupations = Collections.unmodifiableMap(b.occupations);
        this.skills = Collections.unmodifiableMap(b.skills);
        this.skillGroups = Collections.unmodifiableMap(b.skillGroups);
        this.iscoGroups = Collections.unmodifiableMap(b.iscoGroups);
        this.broader = freeze(b.broader);
        this.narrower = freeze(b.narrower);
        this.essential = freeze(b.essential);
        this.optional = freeze(b.optional);
        this.occupationsBySkill = freeze(b.occupationsBySkill);
        this.skillSkill = Collections.unmodifiableMap(b.skillSkill);
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        b.collections.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
        this.collections = Collections.unmodifiableMap(frozen);
        this.byCode = Collections.unmodifiableMap(b.byCode);
        this.occupationsByIsco = freeze(b.occupationsByIsco);
        this.unresolved = List.copyOf(b.unresolved);
        Map<SkillType, Long> byType = new LinkedHashMap<>();
        for (SkillType type : SkillType.values()) {
            byType.put(type, 0L);
        }
        skills.values().forEach(s -> byType.merge(s.type(), 1L, Long::sum));
        this.stats = new Stats(occupations.size(), skills.size(), Collections.unmodifiableMap(byType),
                skillGroups.size(), iscoGroups.size(), b.occupationSkillRows, b.essentialRows, b.optionalRows,
                b.skillSkillRows);
        this.report = b.report();
    }

    /** The builder's map itself, its lists made immutable in place: no second map to fill and grow. */
    private static Map<String, List<String>> freeze(Map<String, List<String>> map) {
        map.replaceAll((key, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(map);
    }

    /** The ESCO version, given to the loader or detected from the files ({@code v1.1.1}, ...). */
    public String version() {
        return version;
    }

    public List<String> languages() {
        return languages;
    }

    public Stats stats() {
        return stats;
    }

    public LoadReport report() {
        return report;
    }

    public Collection<Occupation> occupations() {
        return occupations.values();
    }

    public Collection<Skill> skills() {
        return skills.values();
    }

    public Collection<Group> skillGroups() {
        return skillGroups.values();
    }

    public Collection<Group> iscoGroups() {
        return iscoGroups.values();
    }

    public Optional<Occupation> occupation(String uriOrCode) {
        Occupation o = occupations.get(uriOrCode);
        if (o == null && byCode.containsKey(uriOrCode)) {
            o = occupations.get(byCode.get(uriOrCode));
        }
        return Optional.ofNullable(o);
    }

    public Optional<Skill> skill(String uri) {
        return Optional.ofNullable(skills.get(uri));
    }

    public Optional<Group> skillGroup(String uriOrCode) {
        Group g = skillGroups.get(uriOrCode);
        return Optional.ofNullable(g != null ? g : skillGroups.get(byCode.get(uriOrCode)));
    }

    public Optional<Group> iscoGroup(String uriOrCode) {
        Group g = iscoGroups.get(uriOrCode);
        return Optional.ofNullable(g != null ? g : iscoGroups.get(byCode.get("isco:" + uriOrCode)));
    }

    /** The concept with this ESCO or ISCO code: an occupation, skill group or ISCO group URI. */
    public Optional<String> uriOfCode(String code) {
        return Optional.ofNullable(byCode.getOrDefault(code, byCode.get("isco:" + code)));
    }

    /** The occupations in an ISCO-08 unit group. */
    public List<Occupation> occupationsInIscoGroup(String iscoCode) {
        return occupationsByIsco.getOrDefault(iscoCode, List.of()).stream().map(occupations::get).toList();
    }

    /** Direct broader concepts (several for a skill in more than one group). */
    public List<String> broader(String uri) {
        return broader.getOrDefault(uri, List.of());
    }

    public List<String> narrower(String uri) {
        return narrower.getOrDefault(uri, List.of());
    }

    /** Every broader concept up to the top, nearest first, each once. */
    public List<String> ancestors(String uri) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(broader(uri));
        for (int i = 0; i < queue.size(); i++) {
            if (seen.add(queue.get(i))) {
                queue.addAll(broader(queue.get(i)));
            }
        }
        return List.copyOf(seen);
    }

    public List<Skill> essentialSkills(String occupationUri) {
        return essential.getOrDefault(occupationUri, List.of()).stream().map(skills::get).toList();
    }

    public List<Skill> optionalSkills(String occupationUri) {
        return optional.getOrDefault(occupationUri, List.of()).stream().map(skills::get).toList();
    }

    /** The occupations that need a skill, essentially or optionally. */
    public List<Occupation> occupationsNeeding(String skillUri) {
        return occupationsBySkill.getOrDefault(skillUri, List.of()).stream().map(occupations::get).toList();
    }

    /** The relations read whose ends are missing, in the order read. */
    public List<UnresolvedRelation> unresolvedRelations() {
        return unresolved;
    }

    /** Skill → related skills with their relation type. */
    public Map<String, RelationType> relatedSkills(String skillUri) {
        return skillSkill.getOrDefault(skillUri, Map.of());
    }

    /** The collections loaded (transversal, digital, green, language, research, ...), by name. */
    public Set<String> collectionNames() {
        return collections.keySet();
    }

    public Set<String> collection(String name) {
        return collections.getOrDefault(name, Set.of());
    }

    /** Collects a taxonomy while files are read. */
    static final class Builder {
        String version;
        final Set<String> languages = new LinkedHashSet<>();
        final Map<String, Occupation> occupations = new LinkedHashMap<>();
        final Map<String, Skill> skills = new LinkedHashMap<>();
        final Map<String, Group> skillGroups = new LinkedHashMap<>();
        final Map<String, Group> iscoGroups = new LinkedHashMap<>();
        final Map<String, List<String>> broader = new LinkedHashMap<>();
        final Map<String, List<String>> narrower = new LinkedHashMap<>();
        final Map<String, List<String>> essential = new LinkedHashMap<>();
        final Map<String, List<String>> optional = new LinkedHashMap<>();
        final Map<String, List<String>> occupationsBySkill = new LinkedHashMap<>();
        final Map<String, Map<String, RelationType>> skillSkill = new LinkedHashMap<>();
        final Map<String, Set<String>> collections = new LinkedHashMap<>();
        final Map<String, String> byCode = new LinkedHashMap<>();
        final Map<String, List<String>> occupationsByIsco = new LinkedHashMap<>();
        final Map<String, Long> rowsRead = new LinkedHashMap<>();
        final Map<String, Long> dangling = new LinkedHashMap<>();
        final List<String> danglingExamples = new ArrayList<>();
        final Map<String, Long> duplicates = new LinkedHashMap<>();
        final List<String> duplicateExamples = new ArrayList<>();
        final List<String> missing = new ArrayList<>();
        final List<UnresolvedRelation> unresolved = new ArrayList<>();
        long occupationSkillRows;
        long essentialRows;
        long optionalRows;
        long skillSkillRows;

        void dangling(String kind, String example) {
            dangling.merge(kind, 1L, Long::sum);
            if (danglingExamples.size() < 10) {
                danglingExamples.add(example);
            }
        }

        void duplicate(String file, String example) {
            duplicates.merge(file, 1L, Long::sum);
            if (duplicateExamples.size() < 10) {
                duplicateExamples.add(example);
            }
        }

        LoadReport report() {
            return new LoadReport(rowsRead, dangling, danglingExamples, duplicates, duplicateExamples, missing);
        }
    }
}
