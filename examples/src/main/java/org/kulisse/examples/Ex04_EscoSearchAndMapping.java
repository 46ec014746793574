package org.kulisse.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.Mapping;
import org.kulisse.esco.ConceptKind;
import org.kulisse.esco.EscoLoader;
import org.kulisse.esco.EscoSearch;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.GapAnalysis;
import org.kulisse.esco.SearchHit;
import org.kulisse.esco.SearchQuery;
import org.kulisse.esco.SkillProfiles;
import org.kulisse.esco.Sssom;

/**
 * Search an ESCO download, let it propose skills for a learning outcome, record the chosen mapping with its
 * provenance, and see the gap against an occupation. Runs on the bundled ESCO-format sample; pass the folder of the
 * real ESCO download to use it instead.
 */
public final class Ex04_EscoSearchAndMapping {
    private Ex04_EscoSearchAndMapping() {
    }

    public static void main(String[] args) {
        EscoTaxonomy esco = EscoLoader.create().version(args.length > 0 ? null : "sample")
                .folder(args.length > 0 ? java.nio.file.Path.of(args[0])
                : Backstage.escoSample()).load();
        System.out.println("ESCO " + esco.version() + ": " + esco.stats().occupations() + " occupations, "
                + esco.stats().skills() + " skills");
        try (EscoSearch search = EscoSearch.build(esco)) {
            for (SearchHit hit : search.search(SearchQuery.of("lighting console", "en", ConceptKind.SKILL, 3))) {
                System.out.printf("  search: %-28s %s%n", hit.label(), hit.uri());
            }
            // An outcome of our own lighting unit, and what ESCO has for it
            LearningOutcome outcome = LearningOutcome.skill("LX-U1-S1", "S1", org.kulisse.core.model.LocalizedText.of(
                    "en", "Programme and run cues on a lighting desk."));
            List<SearchHit> proposals = search.suggest(outcome, SearchQuery.of(null, "en", ConceptKind.SKILL, 3));
            proposals.forEach(p -> System.out.printf("  proposed for S1: %-22s score %.2f%n", p.label(), p.score()));

            // A person reviews the first proposal and records it, with who, when, how sure and against which ESCO
            SearchHit chosen = proposals.get(0);
            Mapping mapping = new Mapping(outcome.id(), Mapping.EXACT, chosen.uri(), chosen.label(),
                    Mapping.MANUAL_CURATION, new BigDecimal("0.95"), "Kulisse examples", LocalDate.of(2026, 12, 1),
                    esco.version(), "checked against the unit's assessment criteria");
            CompetenceFramework framework = CompetenceFramework.builder("https://example.org/frameworks/lighting")
                    .title(org.kulisse.core.model.LocalizedText.of("en", "Lighting")).languages("en")
                    .unit(org.kulisse.core.model.Unit.of("LX-U1", "U1", org.kulisse.core.model.LocalizedText.of("en",
                            "Light board operation"), List.of(outcome)))
                    .mapping(mapping).build();
            System.out.println(Sssom.write(framework).lines().filter(l -> !l.startsWith("#")).reduce((a, b) -> a
                    + "\n" + b).orElse(""));

            GapAnalysis gaps = GapAnalysis.of(SkillProfiles.of(esco));
            GapAnalysis.Gap gap = gaps.gap(gaps.holdings(framework, List.of("U1")), "3435.2");
            System.out.printf("gap against %s: %d of %d essential skills held%n", gap.label(),
                    gap.essentialCovered().size(), gap.essentialCovered().size() + gap.essentialMissing().size());
        }
    }
}
