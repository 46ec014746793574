package org.kulisse.esco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.esco.internal.Analyzers;

/**
 * Multilingual full-text search over an {@link EscoTaxonomy} with Apache Lucene, in memory. Each concept is one
 * document with, per language, its preferred, alternative and hidden labels and its description, analysed with that
 * language's stemmer, plus the exact labels and character trigrams for spelling variants. Queries weigh the fields
 * (preferred label above alternative above hidden above description) and reward exact and phrase matches.
 * Thread-safe once built.
 */
public final class EscoSearch implements AutoCloseable {
    private static final float PREFERRED = 4f;
    private static final float ALTERNATIVE = 3f;
    private static final float HIDDEN = 1.5f;
    private static final float DESCRIPTION = 1.5f;
    private static final float PHRASE = 2f;
    private static final float EXACT = 8f;
    private static final float TRIGRAMS = 0.08f;
    private static final float NARROWER = 1.0f;
    private static final float BROADER = 0.3f;
    private static final float SHINGLES = 2f;
    private static final float FUZZY = 1f;
    private static final float NAMED = 1.1f;

    private final EscoTaxonomy taxonomy;
    private final List<String> languages;
    private final Map<String, Analyzer> analyzers = new HashMap<>();
    private final Analyzer trigrams = Analyzers.trigrams();
    private final Map<String, Analyzer> shingleAnalyzers = new HashMap<>();
    private final Analyzer words = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private EscoSearch(EscoTaxonomy taxonomy) throws IOException {
        this.taxonomy = taxonomy;
        this.languages = taxonomy.languages();
        Map<String, Analyzer> perField = new HashMap<>();
        for (String language : languages) {
            Analyzer analyzer = Analyzers.forLanguage(language);
            analyzers.put(language, analyzer);
            for (String field : List.of("pref", "alt", "hidden", "desc", "narrow", "broad")) {
                perField.put(field + "_" + language, analyzer);
            }
            perField.put("gram_" + language, trigrams);
            perField.put("shingle_" + language, new org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper(
                    Analyzers.forLanguage(language), 2, 2, " ", false, false, null));
            perField.put("words_" + language, new StandardAnalyzer());
            shingleAnalyzers.put(language, perField.get("shingle_" + language));
        }
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(
                new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField)))) {
            for (Occupation o : taxonomy.occupations()) {
                writer.addDocument(document(o.uri(), ConceptKind.OCCUPATION, o.labels(), o.description(), null));
            }
            for (Skill s : taxonomy.skills()) {
                writer.addDocument(document(s.uri(), ConceptKind.SKILL, s.labels(), s.description(), s));
            }
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Indexes every occupation and skill of the taxonomy in every loaded language. */
    public static EscoSearch build(EscoTaxonomy taxonomy) {
        try {
            return new EscoSearch(taxonomy);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory index", e);
        }
    }

    private Document document(String uri, ConceptKind kind, Labels labels,
            org.kulisse.core.model.LocalizedText description, Skill skill) {
        Document doc = new Document();
        doc.add(new StringField("uri", uri, Field.Store.YES));
        doc.add(new StringField("kind", kind.name(), Field.Store.NO));
        if (skill != null) {
            doc.add(new StringField("skillType", skill.type().name(), Field.Store.NO));
            doc.add(new StringField("reuseLevel", skill.reuseLevel().name(), Field.Store.NO));
        }
        for (String language : languages) {
            labels.preferred().get(language).ifPresent(label -> {
                doc.add(new TextField("pref_" + language, label, Field.Store.NO));
                doc.add(new StringField("exact_" + language, normalize(label), Field.Store.NO));
                doc.add(new StoredField("label_" + language, label));
            });
            for (String alt : labels.alternative().getOrDefault(language, List.of())) {
                doc.add(new TextField("alt_" + language, alt, Field.Store.NO));
                doc.add(new StringField("exact_" + language, normalize(alt), Field.Store.NO));
            }
            for (String hidden : labels.hidden().getOrDefault(language, List.of())) {
                doc.add(new TextField("hidden_" + language, hidden, Field.Store.NO));
                doc.add(new StringField("exact_" + language, normalize(hidden), Field.Store.NO));
            }
            description.get(language).ifPresent(d -> doc.add(new TextField("desc_" + language, d, Field.Store.NO)));
            // ESCO splits occupations into narrower ones over the versions: a concept is also found by the labels
            // of its narrower and broader occupations, with less weight
            for (String narrower : taxonomy.narrower(uri)) {
                taxonomy.occupation(narrower).ifPresent(n -> n.labels().all(language).forEach(label ->
                        doc.add(new TextField("narrow_" + language, label, Field.Store.NO))));
            }
            for (String broader : taxonomy.broader(uri)) {
                taxonomy.occupation(broader).flatMap(b -> b.labels().preferred().get(language)).ifPresent(label ->
                        doc.add(new TextField("broad_" + language, label, Field.Store.NO)));
            }
            String all = String.join(" | ", labels.all(language));
            if (!all.isEmpty()) {
                doc.add(new TextField("gram_" + language, all, Field.Store.NO));
            }
            for (String label : labels.all(language)) {
                doc.add(new TextField("shingle_" + language, label, Field.Store.NO));
                doc.add(new TextField("words_" + language, label, Field.Store.NO));
            }
        }
        return doc;
    }

    /** Whether the text contains the label as whole words. */
    private static boolean named(String text, String label) {
        return (" " + normalize(text) + " ").contains(" " + normalize(label) + " ");
    }

    private static String normalize(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", " ").trim();
    }

    public EscoTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Searches occupations and/or skills. */
    public List<SearchHit> search(SearchQuery query) {
        List<String> searchLanguages = query.language() == null ? languages
                : languages.contains(query.language()) ? List.of(query.language()) : List.of();
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (String language : searchLanguages) {
            QueryBuilder builder = new QueryBuilder(analyzers.get(language));
            add(text, builder.createBooleanQuery("pref_" + language, query.text()), PREFERRED);
            add(text, builder.createBooleanQuery("alt_" + language, query.text()), ALTERNATIVE);
            add(text, builder.createBooleanQuery("hidden_" + language, query.text()), HIDDEN);
            add(text, builder.createBooleanQuery("desc_" + language, query.text()), DESCRIPTION);
            add(text, builder.createBooleanQuery("narrow_" + language, query.text()), NARROWER);
            add(text, builder.createBooleanQuery("broad_" + language, query.text()), BROADER);
            add(text, builder.createPhraseQuery("pref_" + language, query.text()), PHRASE);
            add(text, builder.createPhraseQuery("alt_" + language, query.text()), PHRASE);
            add(text, new TermQuery(new Term("exact_" + language, normalize(query.text()))), EXACT);
            add(text, new QueryBuilder(shingleAnalyzers.get(language)).createBooleanQuery("shingle_" + language,
                    query.text()), SHINGLES);
            add(text, new QueryBuilder(trigrams).createBooleanQuery("gram_" + language, query.text()), TRIGRAMS);
            add(text, fuzzy("words_" + language, query.text()), FUZZY);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text.build(), Occur.MUST);
        if (query.kind() != null) {
            all.add(new TermQuery(new Term("kind", query.kind().name())), Occur.FILTER);
        }
        if (!query.skillTypes().isEmpty()) {
            all.add(anyOf("skillType", query.skillTypes().stream().map(Enum::name).toList()), Occur.FILTER);
        }
        if (!query.reuseLevels().isEmpty()) {
            all.add(anyOf("reuseLevel", query.reuseLevels().stream().map(Enum::name).toList()), Occur.FILTER);
        }
        Set<String> preferred = new LinkedHashSet<>();
        if (query.preferSkillsOf() != null) {
            taxonomy.essentialSkills(query.preferSkillsOf()).forEach(s -> preferred.add(s.uri()));
            taxonomy.optionalSkills(query.preferSkillsOf()).forEach(s -> preferred.add(s.uri()));
        }
        try {
            int wanted = preferred.isEmpty() ? query.top() : Math.max(query.top() * 5, 50);
            TopDocs top = searcher.search(all.build(), wanted);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = searcher.storedFields().document(sd.doc);
                String uri = doc.get("uri");
                ConceptKind kind = taxonomy.skill(uri).isPresent() ? ConceptKind.SKILL : ConceptKind.OCCUPATION;
                String language = query.language() != null ? query.language() : languages.get(0);
                String label = doc.get("label_" + language);
                if (label == null) {
                    for (String l : languages) {
                        label = label == null ? doc.get("label_" + l) : label;
                    }
                }
                float score = preferred.contains(uri) ? sd.score * 1.5f : sd.score;
                if (label != null && named(query.text(), label)) {
                    score *= NAMED; // the query names the concept's preferred label word for word
                }
                hits.add(new SearchHit(uri, kind, label, score));
            }
            hits.sort((a, b) -> Float.compare(b.score(), a.score()));
            return List.copyOf(hits.subList(0, Math.min(query.top(), hits.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * ESCO skills for a learning outcome: its statement is searched in each of its languages that the taxonomy has
     * (the best score of a skill across languages counts).
     */
    public List<SearchHit> suggest(LearningOutcome outcome, SearchQuery filters) {
        Map<String, SearchHit> best = new HashMap<>();
        for (Map.Entry<String, String> statement : outcome.statement().texts().entrySet()) {
            if (!languages.contains(statement.getKey())) {
                continue;
            }
            SearchQuery q = new SearchQuery(statement.getValue(), statement.getKey(), ConceptKind.SKILL,
                    filters.top(), filters.skillTypes(), filters.reuseLevels(), filters.preferSkillsOf());
            for (SearchHit hit : search(q)) {
                best.merge(hit.uri(), hit, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return best.values().stream().sorted((a, b) -> Float.compare(b.score(), a.score())).limit(filters.top())
                .toList();
    }

    /**
     * Each longer word of the query that is in no label, matched within two edits (transpositions count one) of label
     * words: typos. Words the index knows need no fuzzy matching, and it is by far the costliest clause.
     */
    private Query fuzzy(String field, String text) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        try (var stream = words.tokenStream(field, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                Term word = new Term(field, term.toString());
                if (term.length() >= 5 && clauses < 16 && reader.docFreq(word) == 0) {
                    any.add(new org.apache.lucene.search.FuzzyQuery(word, 2, 1, 20, true), Occur.SHOULD);
                    clauses++;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return clauses == 0 ? null : any.build();
    }

    private static void add(BooleanQuery.Builder builder, Query query, float boost) {
        if (query != null) {
            builder.add(new BoostQuery(query, boost), Occur.SHOULD);
        }
    }

    private static Query anyOf(String field, List<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        return any.build();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
