package org.kulisse.esco;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.Unit;

/**
 * Proposes unit correspondences between two frameworks mapped to ESCO (say an Italian and a Norwegian
 * qualification), ranked by the overlap of the units' ESCO skills. Proposals for a memorandum's author to review —
 * never automatic recognition.
 */
public final class FrameworkComparison {
    private FrameworkComparison() {
    }

    /**
     * One proposed correspondence.
     *
     * @param unitA unit of the first framework (code, else id)
     * @param unitB unit of the second framework
     * @param overlap Jaccard overlap of their ESCO skills, 0 to 1
     * @param sharedSkills the skills both map to
     */
    public record Proposal(String unitA, String unitB, double overlap, List<String> sharedSkills) {
    }

    /** Every pair of units that share at least one ESCO skill, best overlap first. */
    public static List<Proposal> compare(CompetenceFramework a, CompetenceFramework b) {
        List<Proposal> proposals = new ArrayList<>();
        for (Unit ua : a.units()) {
            Set<String> sa = skills(a, ua);
            for (Unit ub : b.units()) {
                Set<String> sb = skills(b, ub);
                Set<String> shared = new LinkedHashSet<>(sa);
                shared.retainAll(sb);
                if (!shared.isEmpty()) {
                    Set<String> union = new LinkedHashSet<>(sa);
                    union.addAll(sb);
                    proposals.add(new Proposal(name(ua), name(ub), (double) shared.size() / union.size(),
                            List.copyOf(shared)));
                }
            }
        }
        proposals.sort(Comparator.comparingDouble(Proposal::overlap).reversed()
                .thenComparing(Proposal::unitA).thenComparing(Proposal::unitB));
        return proposals;
    }

    /** The ESCO concepts of a unit: its outcomes' links and mappings and the unit's own mappings. */
    static Set<String> skills(CompetenceFramework f, Unit unit) {
        Set<String> skills = new LinkedHashSet<>();
        f.mappingsOf(unit.id()).forEach(m -> skills.add(m.object()));
        for (LearningOutcome o : unit.learningOutcomes()) {
            skills.addAll(o.relatedConcepts());
            f.mappingsOf(o.id()).forEach(m -> skills.add(m.object()));
        }
        return skills;
    }

    private static String name(Unit u) {
        return u.code() != null ? u.code() : u.id();
    }
}
