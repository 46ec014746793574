package org.kulisse.esco.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Some documents of a Lucene index as TF-IDF vectors over the terms of a few fields, read from those fields' term
 * vectors, for the cosine similarity of documents. A term weighs (1 + ln tf) × ln(N / df), N and df counted among these
 * documents; each field's part of a vector has the same length, and the whole vector unit length, so that every field
 * counts alike however many terms it has (a long description does not drown a list of skills). Lucene's MoreLikeThis
 * would rank by a BM25 query of one document's top terms instead, which favours long documents and is not symmetric.
 * Immutable; thread-safe.
 */
public final class TfIdfVectors {
    /** Per document (by position), the ids of its terms and their weights, in the same order. */
    private final int[][] terms;
    private final float[][] weights;
    /** Per term id, the documents (positions) having it and its weight in each. */
    private final int[][] documentsOfTerm;
    private final float[][] weightsOfTerm;

    private TfIdfVectors(int[][] terms, float[][] weights, int termCount) {
        this.terms = terms;
        this.weights = weights;
        int[] counts = new int[termCount];
        for (int[] documentTerms : terms) {
            for (int term : documentTerms) {
                counts[term]++;
            }
        }
        documentsOfTerm = new int[termCount][];
        weightsOfTerm = new float[termCount][];
        for (int term = 0; term < termCount; term++) {
            documentsOfTerm[term] = new int[counts[term]];
            weightsOfTerm[term] = new float[counts[term]];
            counts[term] = 0;
        }
        for (int position = 0; position < terms.length; position++) {
            for (int i = 0; i < terms[position].length; i++) {
                int term = terms[position][i];
                documentsOfTerm[term][counts[term]] = position;
                weightsOfTerm[term][counts[term]++] = weights[position][i];
            }
        }
    }

    /** A term of one document: its id, its frequency there, and which of the fields it is in. */
    private record Counted(int term, int frequency, int field) {
    }

    /**
     * The vectors of the given documents (index document numbers; positions refer to this order) over fields indexed
     * with term vectors. A field a document lacks adds nothing to its vector.
     */
    public static TfIdfVectors of(IndexReader reader, List<String> fields, int[] documents) {
        Map<String, Map<BytesRef, Integer>> termIds = new HashMap<>();
        List<Integer> documentFrequencies = new ArrayList<>();
        List<List<Counted>> counted = new ArrayList<>();
        try {
            TermVectors vectors = reader.termVectors();
            for (int document : documents) {
                List<Counted> terms = new ArrayList<>();
                for (int field = 0; field < fields.size(); field++) {
                    Terms fieldTerms = vectors.get(document, fields.get(field));
                    if (fieldTerms == null) {
                        continue;
                    }
                    Map<BytesRef, Integer> ids = termIds.computeIfAbsent(fields.get(field), f -> new HashMap<>());
                    TermsEnum it = fieldTerms.iterator();
                    for (BytesRef term = it.next(); term != null; term = it.next()) {
                        Integer id = ids.get(term);
                        if (id == null) {
                            id = documentFrequencies.size();
                            ids.put(BytesRef.deepCopyOf(term), id);
                            documentFrequencies.add(0);
                        }
                        documentFrequencies.set(id, documentFrequencies.get(id) + 1);
                        terms.add(new Counted(id, (int) it.totalTermFreq(), field));
                    }
                }
                counted.add(terms);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the term vectors of " + fields, e);
        }
        int[][] terms = new int[documents.length][];
        float[][] weights = new float[documents.length][];
        for (int position = 0; position < documents.length; position++) {
            List<Counted> document = counted.get(position);
            double[] raw = new double[document.size()];
            double[] fieldSquares = new double[fields.size()];
            for (int i = 0; i < raw.length; i++) {
                Counted term = document.get(i);
                double idf = Math.log((double) documents.length / documentFrequencies.get(term.term()));
                raw[i] = (1 + Math.log(term.frequency())) * idf;
                fieldSquares[term.field()] += raw[i] * raw[i];
            }
            long fieldsPresent = IntStream.range(0, fields.size()).filter(f -> fieldSquares[f] > 0).count();
            terms[position] = document.stream().mapToInt(Counted::term).toArray();
            weights[position] = new float[raw.length];
            for (int i = 0; i < raw.length; i++) {
                double fieldLength = Math.sqrt(fieldSquares[document.get(i).field()]);
                weights[position][i] = fieldLength == 0 ? 0 : (float) (raw[i] / fieldLength / Math.sqrt(fieldsPresent));
            }
        }
        return new TfIdfVectors(terms, weights, documentFrequencies.size());
    }

    public int size() {
        return terms.length;
    }

    /** The cosine similarity of two documents, 0 to 1 (0 when either vector is empty). */
    public double similarity(int a, int b) {
        Map<Integer, Float> weightsOfA = new HashMap<>();
        for (int i = 0; i < terms[a].length; i++) {
            weightsOfA.put(terms[a][i], weights[a][i]);
        }
        double dot = 0;
        for (int j = 0; j < terms[b].length; j++) {
            dot += (double) weightsOfA.getOrDefault(terms[b][j], 0f) * weights[b][j];
        }
        return dot;
    }

    /**
     * The positions of at most {@code limit} other documents that share a telling term with this one, most similar
     * first, ties by position. The products are summed along the postings of this document's terms, so only documents
     * sharing a term are touched.
     */
    public int[] mostSimilar(int position, int limit) {
        double[] dot = new double[terms.length];
        for (int i = 0; i < terms[position].length; i++) {
            int term = terms[position][i];
            double weight = weights[position][i];
            int[] others = documentsOfTerm[term];
            float[] otherWeights = weightsOfTerm[term];
            for (int j = 0; j < others.length; j++) {
                dot[others[j]] += weight * otherWeights[j];
            }
        }
        return IntStream.range(0, terms.length).filter(other -> other != position && dot[other] > 0).boxed()
                .sorted((a, b) -> dot[a] != dot[b] ? Double.compare(dot[b], dot[a]) : Integer.compare(a, b))
                .limit(limit).mapToInt(Integer::intValue).toArray();
    }
}
