package org.kulisse.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kulisse.core.testing.SharedData;

/**
 * The relation files are coded on their own thread until the caller is ready for them, and from then on coded by
 * the caller: whichever thread codes which rows, the taxonomy must come out the same.
 */
class RelationFilesTest {
    private static EscoTaxonomy reference;
    private static List<RelationFiles.Source> sources;

    @BeforeAll
    static void load() {
        Path folder = SharedData.require("esco/esco-v1.1.1-en-official");
        reference = EscoLoader.create().folder(folder).load();
        Path relations = folder.resolve("relations");
        sources = List.of(
                new RelationFiles.Source(relations.resolve("broaderRelationsOccPillar.csv"), "en",
                        RelationFiles.Kind.BROADER),
                new RelationFiles.Source(relations.resolve("broaderRelationsSkillPillar.csv"), "en",
                        RelationFiles.Kind.BROADER),
                new RelationFiles.Source(relations.resolve("occupationSkillRelations.csv"), "en",
                        RelationFiles.Kind.OCCUPATION_SKILL),
                new RelationFiles.Source(relations.resolve("skillSkillRelations.csv"), "en",
                        RelationFiles.Kind.SKILL_SKILL));
    }

    /** The reference's concepts, without relations. */
    private static EscoTaxonomy.Builder concepts() {
        EscoTaxonomy.Builder b = new EscoTaxonomy.Builder();
        b.version = reference.version();
        reference.occupations().forEach(o -> b.occupations.put(o.uri(), o));
        reference.skills().forEach(s -> b.skills.put(s.uri(), s));
        reference.skillGroups().forEach(g -> b.skillGroups.put(g.uri(), g));
        reference.iscoGroups().forEach(g -> b.iscoGroups.put(g.uri(), g));
        return b;
    }

    private static EscoTaxonomy relate(boolean callerReadyAtOnce) throws InterruptedException {
        EscoTaxonomy.Builder b = concepts();
        List<LoadProgress> progress = new ArrayList<>();
        Thread caller = Thread.currentThread();
        RelationFiles files = RelationFiles.start(sources);
        while (!callerReadyAtOnce && files.reading()) {
            Thread.sleep(5); // every row coded on the reading thread
        }
        files.addTo(b, p -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            progress.add(p);
        });
        assertThat(files.reading()).isFalse();
        assertThat(progress).filteredOn(LoadProgress::done).extracting(LoadProgress::file).containsExactly(
                "broaderRelationsOccPillar.csv", "broaderRelationsSkillPillar.csv", "occupationSkillRelations.csv",
                "skillSkillRelations.csv");
        return new EscoTaxonomy(b);
    }

    @Test
    void codedByEitherThreadTheRelationsAreTheSame() throws InterruptedException {
        for (boolean atOnce : List.of(false, true)) {
            EscoTaxonomy related = relate(atOnce);
            EscoTaxonomy.Stats stats = related.stats();
            assertThat(stats.occupationSkillRelations()).isEqualTo(123_855);
            assertThat(stats.essentialRelations()).isEqualTo(reference.stats().essentialRelations());
            assertThat(stats.skillSkillRelations()).isEqualTo(reference.stats().skillSkillRelations());
            assertThat(related.unresolvedRelations()).isEqualTo(reference.unresolvedRelations());
            assertThat(related.report().dangling()).isEqualTo(reference.report().dangling());
            assertThat(related.report().rowsRead()).containsAllEntriesOf(Stream.of("broaderRelationsOccPillar.csv",
                    "broaderRelationsSkillPillar.csv", "occupationSkillRelations.csv", "skillSkillRelations.csv")
                    .collect(java.util.stream.Collectors.toMap(f -> f, f -> reference.report().rowsRead().get(f))));
            for (Occupation o : reference.occupations()) {
                assertThat(related.essentialSkills(o.uri())).isEqualTo(reference.essentialSkills(o.uri()));
                assertThat(related.optionalSkills(o.uri())).isEqualTo(reference.optionalSkills(o.uri()));
                assertThat(related.broader(o.uri())).isEqualTo(reference.broader(o.uri()));
                assertThat(related.narrower(o.uri())).isEqualTo(reference.narrower(o.uri()));
            }
            for (Skill s : reference.skills()) {
                assertThat(related.occupationsNeeding(s.uri())).isEqualTo(reference.occupationsNeeding(s.uri()));
                assertThat(related.relatedSkills(s.uri())).isEqualTo(reference.relatedSkills(s.uri()));
                assertThat(related.broader(s.uri())).isEqualTo(reference.broader(s.uri()));
            }
            for (Group g : reference.skillGroups()) {
                assertThat(related.narrower(g.uri())).isEqualTo(reference.narrower(g.uri()));
            }
        }
    }
}
