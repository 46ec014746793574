package org.kulisse.esco;

import java.util.Set;

/**
 * What to search for.
 *
 * @param text the text
 * @param language the language of the text (its analyzer and label fields); null searches every loaded language
 * @param kind occupations, skills, or null for both
 * @param top the number of hits wanted
 * @param skillTypes only skills of these types (empty: all)
 * @param reuseLevels only skills of these reuse levels (empty: all)
 * @param preferSkillsOf an occupation whose essential and optional skills are ranked higher, or null
 */
public record SearchQuery(String text, String language, ConceptKind kind, int top, Set<SkillType> skillTypes,
        Set<ReuseLevel> reuseLevels, String preferSkillsOf) {

    public SearchQuery {
        skillTypes = skillTypes == null ? Set.of() : Set.copyOf(skillTypes);
        reuseLevels = reuseLevels == null ? Set.of() : Set.copyOf(reuseLevels);
        if (top <= 0) {
            top = 10;
        }
    }

    public static SearchQuery of(String text, String language, ConceptKind kind, int top) {
        return new SearchQuery(text, language, kind, top, Set.of(), Set.of(), null);
    }
}
