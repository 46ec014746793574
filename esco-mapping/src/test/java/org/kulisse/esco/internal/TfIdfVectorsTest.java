package org.kulisse.esco.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class TfIdfVectorsTest {
    private static final FieldType TEXT = vectors(TextField.TYPE_NOT_STORED);
    private static final FieldType TAG = vectors(StringField.TYPE_NOT_STORED);

    private static FieldType vectors(FieldType base) {
        FieldType type = new FieldType(base);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    /** Documents of a text and some tags each (null: no such field), as vectors over both fields. */
    private static TfIdfVectors vectorsOf(List<String> texts, List<List<String>> tags) throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < texts.size(); i++) {
                    Document doc = new Document();
                    if (texts.get(i) != null) {
                        doc.add(new Field("text", texts.get(i), TEXT));
                    }
                    for (String tag : tags.get(i)) {
                        doc.add(new Field("tags", tag, TAG));
                    }
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                int[] documents = new int[texts.size()];
                for (int i = 0; i < documents.length; i++) {
                    documents[i] = i; // one segment, written in order
                }
                return TfIdfVectors.of(reader, List.of("text", "tags"), documents);
            }
        }
    }

    @Test
    void eachFieldCountsHalfAndATermOfEveryDocumentNothing() throws IOException {
        TfIdfVectors vectors = vectorsOf(
                List.of("the stage lighting", "the stage lighting", "the bakery", "the bread"),
                List.of(List.of("t1"), List.of("t2"), List.of("t3"), List.of("t4")));
        // same words, no shared tag: the text half only
        assertThat(vectors.similarity(0, 1)).isCloseTo(0.5, within(1e-6));
        assertThat(vectors.similarity(1, 0)).isCloseTo(0.5, within(1e-6));
        assertThat(vectors.similarity(0, 0)).isCloseTo(1.0, within(1e-6));
        // "the" is in every document: it relates none of them
        assertThat(vectors.similarity(2, 3)).isZero();
        assertThat(vectors.mostSimilar(0, 5)).containsExactly(1);
        assertThat(vectors.mostSimilar(2, 5)).isEmpty();
    }

    @Test
    void aDocumentWithoutOneFieldIsAUnitVectorOfTheOther() throws IOException {
        TfIdfVectors vectors = vectorsOf(List.of("stage lighting", "stage sound", "bakery"),
                List.of(List.of(), List.of("t1"), List.of("t2")));
        assertThat(vectors.similarity(0, 0)).isCloseTo(1.0, within(1e-6));
        assertThat(vectors.similarity(0, 1)).isGreaterThan(0).isLessThan(0.5);
        assertThat(vectors.mostSimilar(2, 5)).isEmpty();
    }

    @Test
    void mostSimilarRanksAsPairwiseCosine() throws IOException {
        Random random = new Random(42);
        String[] words = "stage light sound rig fly scene prop set wing cue desk cable lamp gel truss".split(" ");
        List<String> texts = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(8); w >= 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            texts.add(random.nextInt(10) == 0 ? null : text.toString());
            List<String> these = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                these.add("s" + random.nextInt(20));
            }
            tags.add(these);
        }
        TfIdfVectors vectors = vectorsOf(texts, tags);
        for (int position = 0; position < vectors.size(); position++) {
            int[] best = vectors.mostSimilar(position, 7);
            double top = 0;
            int sharing = 0;
            for (int other = 0; other < vectors.size(); other++) {
                if (other != position) {
                    double similarity = vectors.similarity(position, other);
                    assertThat(similarity).isCloseTo(vectors.similarity(other, position), within(1e-6))
                            .isBetween(0.0, 1.0 + 1e-6);
                    top = Math.max(top, similarity);
                    sharing += similarity > 1e-9 ? 1 : 0;
                }
            }
            assertThat(best).hasSize(Math.min(7, sharing)).doesNotContain(position);
            if (best.length > 0) {
                assertThat(vectors.similarity(position, best[0])).isCloseTo(top, within(1e-6));
            }
            for (int i = 1; i < best.length; i++) {
                assertThat(vectors.similarity(position, best[i]))
                        .isLessThanOrEqualTo(vectors.similarity(position, best[i - 1]) + 1e-6);
            }
        }
    }
}
