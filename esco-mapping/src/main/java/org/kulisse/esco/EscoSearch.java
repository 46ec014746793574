package org.kulisse.esco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.esco.internal.Analyzers;
import org.kulisse.esco.internal.TfIdfVectors;

/**
 * Multilingual full-text search over an {@link EscoTaxonomy} with Apache Lucene, in memory. Each concept is one
 * document with, per language, its preferred, alternative and hidden labels and its description, analysed with that
 * language's stemmer, plus the exact labels and character trigrams for spelling variants. The labels are also indexed
 * together in one field, the preferred label four times, each alternative three times and each hidden label once:
 * BM25 over that field is BM25F with those weights, so that a rare query word found in any label outweighs a common
 * one in the preferred label. Descriptions, the labels of narrower and broader occupations, exact
 * and phrase matches add to that. An occupation search also offers, below its best hit, the five occupations most
 * related to it ({@link #relatedOccupations}): ESCO moves labels between such occupations from one version to the
 * next, and splits new occupations off old ones. Thread-safe once built.
 */
public final class EscoSearch implements AutoCloseable {
    private static final float LABELS = 8f;
    /** How often each kind of label is indexed in the combined label field: its weight there. */
    private static final int PREFERRED_IN_LABELS = 4;
    private static final int ALTERNATIVE_IN_LABELS = 3;
    private static final int HIDDEN_IN_LABELS = 1;
    private static final float DESCRIPTION = 1.5f;
    private static final float PHRASE = 2f;
    private static final float EXACT = 8f;
    private static final float TRIGRAMS = 0.08f;
    private static final double TRIGRAM_MAX_SHARE = 0.02;
    private static final float NARROWER = 1.0f;
    private static final float BROADER = 0.3f;
    private static final float SHINGLES = 2f;
    private static final float FUZZY = 1f;
    private static final float NAMED = 1.1f;
    /** How many occupations related to the best occupation hit are offered, and at which share of its score. */
    private static final int RELATED = 5;
    private static final float RELATED_SHARE = 0.6f;
    private static final float RELATED_STEP = 0.01f;
    /** Fields kept with term vectors for {@link TfIdfVectors}: an occupation's words, and its skills' URIs. */
    private static final FieldType WORDS_WITH_VECTORS = withTermVectors(TextField.TYPE_NOT_STORED);
    private static final FieldType IDS_WITH_VECTORS = withTermVectors(StringField.TYPE_NOT_STORED);

    private final EscoTaxonomy taxonomy;
    private final List<String> languages;
    private final Map<String, Analyzer> analyzers = new HashMap<>();
    private final Analyzer trigrams = Analyzers.trigrams();
    private final Map<String, Analyzer> shingleAnalyzers = new HashMap<>();
    private final Analyzer words = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** Per index document, its concept: read once, so that no search reads stored fields. */
    private final String[] uriOfDocument;
    private final ConceptKind[] kindOfDocument;
    private final Labels[] labelsOfDocument;
    /** The occupations, and per language their words and skills as vectors in the same order. */
    private final List<Occupation> occupations;
    private final Map<String, Integer> occupationPositions = new HashMap<>();
    private final Map<String, TfIdfVectors> occupationVectors = new HashMap<>();
    private final Map<String, List<String>> relatedCache = new ConcurrentHashMap<>();

    private EscoSearch(EscoTaxonomy taxonomy) throws IOException {
        this.taxonomy = taxonomy;
        this.languages = taxonomy.languages();
        Map<String, Analyzer> perField = new HashMap<>();
        for (String language : languages) {
            Analyzer analyzer = Analyzers.forLanguage(language);
            analyzers.put(language, analyzer);
            for (String field : List.of("labels", "pref", "alt", "desc", "narrow", "broad", "related")) {
                perField.put(field + "_" + language, analyzer);
            }
            perField.put("gram_" + language, trigrams);
            perField.put("shingle_" + language, new org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper(
                    Analyzers.forLanguage(language), 2, 2, " ", false, false, null));
            perField.put("words_" + language, new StandardAnalyzer());
            shingleAnalyzers.put(language, perField.get("shingle_" + language));
        }
        this.occupations = List.copyOf(taxonomy.occupations());
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(
                new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField)))) {
            for (Occupation o : occupations) {
                writer.addDocument(document(o.uri(), ConceptKind.OCCUPATION, o.labels(), o.description(), null));
            }
            for (Skill s : taxonomy.skills()) {
                writer.addDocument(document(s.uri(), ConceptKind.SKILL, s.labels(), s.description(), s));
            }
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.uriOfDocument = new String[reader.maxDoc()];
        this.kindOfDocument = new ConceptKind[reader.maxDoc()];
        this.labelsOfDocument = new Labels[reader.maxDoc()];
        Map<String, Integer> documentOfUri = new HashMap<>();
        var stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            String uri = stored.document(doc).get("uri");
            uriOfDocument[doc] = uri;
            Optional<Skill> skill = taxonomy.skill(uri);
            kindOfDocument[doc] = skill.isPresent() ? ConceptKind.SKILL : ConceptKind.OCCUPATION;
            labelsOfDocument[doc] = skill.map(Skill::labels)
                    .orElseGet(() -> taxonomy.occupation(uri).orElseThrow().labels());
            documentOfUri.put(uri, doc);
        }
        int[] documents = new int[occupations.size()];
        for (int i = 0; i < documents.length; i++) {
            occupationPositions.put(occupations.get(i).uri(), i);
            documents[i] = documentOfUri.get(occupations.get(i).uri()); // merges may have reordered documents
        }
        for (String language : languages) {
            occupationVectors.put(language, TfIdfVectors.of(reader, List.of("related_" + language, "skills"),
                    documents));
        }
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
        if (kind == ConceptKind.OCCUPATION) {
            taxonomy.essentialSkills(uri).forEach(s -> doc.add(new Field("skills", s.uri(), IDS_WITH_VECTORS)));
            taxonomy.optionalSkills(uri).forEach(s -> doc.add(new Field("skills", s.uri(), IDS_WITH_VECTORS)));
        }
        if (skill != null) {
            doc.add(new StringField("skillType", skill.type().name(), Field.Store.NO));
            doc.add(new StringField("reuseLevel", skill.reuseLevel().name(), Field.Store.NO));
        }
        for (String language : languages) {
            labels.preferred().get(language).ifPresent(label -> {
                addTimes(doc, "labels_" + language, label, PREFERRED_IN_LABELS);
                doc.add(new TextField("pref_" + language, label, Field.Store.NO));
                doc.add(new StringField("exact_" + language, normalize(label), Field.Store.NO));
            });
            for (String alt : labels.alternative().getOrDefault(language, List.of())) {
                addTimes(doc, "labels_" + language, alt, ALTERNATIVE_IN_LABELS);
                doc.add(new TextField("alt_" + language, alt, Field.Store.NO));
                doc.add(new StringField("exact_" + language, normalize(alt), Field.Store.NO));
            }
            for (String hidden : labels.hidden().getOrDefault(language, List.of())) {
                addTimes(doc, "labels_" + language, hidden, HIDDEN_IN_LABELS);
                doc.add(new StringField("exact_" + language, normalize(hidden), Field.Store.NO));
            }
            description.get(language).ifPresent(d -> doc.add(new TextField("desc_" + language, d, Field.Store.NO)));
            if (kind == ConceptKind.OCCUPATION) {
                String words = String.join("\n", labels.all(language)) + "\n" + description.get(language).orElse("");
                doc.add(new Field("related_" + language, words, WORDS_WITH_VECTORS));
            }
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

    private static FieldType withTermVectors(FieldType base) {
        FieldType type = new FieldType(base);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    /**
     * Indexes a value several times: its weight in a field that combines several kinds of values. (Lucene's
     * CombinedFieldQuery scores the same at query time, but cannot bound its scores, so Lucene could skip no documents
     * and search took 60 % longer.)
     */
    private static void addTimes(Document doc, String field, String value, int times) {
        for (int i = 0; i < times; i++) {
            doc.add(new TextField(field, value, Field.Store.NO));
        }
    }

    /** Whether normalized text contains the label as whole words. */
    private static boolean named(String normalizedText, String label) {
        return (" " + normalizedText + " ").contains(" " + normalize(label) + " ");
    }

    /** The preferred label in the language, else in the first loaded language that has one. */
    private String preferredLabel(Labels labels, String language) {
        return labels.preferred().get(language)
                .or(() -> languages.stream().flatMap(l -> labels.preferred().get(l).stream()).findFirst())
                .orElse(null);
    }

    private static String normalize(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", " ").trim();
    }

    public EscoTaxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * Searches occupations and/or skills.
     *
     * @throws IllegalArgumentException when the text is too long to search: each word makes several Lucene clauses,
     *     and Lucene allows {@link IndexSearcher#getMaxClauseCount()} in all (hundreds of words are fine)
     */
    public List<SearchHit> search(SearchQuery query) {
        try {
            return searchUnchecked(query);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the search text is too long (" + query.text().length()
                    + " characters): its words make more than the " + IndexSearcher.getMaxClauseCount()
                    + " query clauses Lucene allows", e);
        }
    }

    private List<SearchHit> searchUnchecked(SearchQuery query) {
        List<String> searchLanguages = query.language() == null ? languages
                : languages.contains(query.language()) ? List.of(query.language()) : List.of();
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (String language : searchLanguages) {
            QueryBuilder builder = new QueryBuilder(analyzers.get(language));
            add(text, builder.createBooleanQuery("labels_" + language, query.text()), LABELS);
            add(text, builder.createBooleanQuery("desc_" + language, query.text()), DESCRIPTION);
            add(text, builder.createBooleanQuery("narrow_" + language, query.text()), NARROWER);
            add(text, builder.createBooleanQuery("broad_" + language, query.text()), BROADER);
            add(text, builder.createPhraseQuery("pref_" + language, query.text()), PHRASE);
            add(text, builder.createPhraseQuery("alt_" + language, query.text()), PHRASE);
            add(text, new TermQuery(new Term("exact_" + language, normalize(query.text()))), EXACT);
            add(text, new QueryBuilder(shingleAnalyzers.get(language)).createBooleanQuery("shingle_" + language,
                    query.text()), SHINGLES);
            add(text, tellingTrigrams("gram_" + language, query.text()), TRIGRAMS);
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
        String language = query.language() != null ? query.language() : languages.get(0);
        String queryWords = normalize(query.text());
        try {
            int wanted = preferred.isEmpty() ? query.top() : Math.max(query.top() * 5, 50);
            TopDocs top = searcher.search(all.build(), wanted);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                String uri = uriOfDocument[sd.doc];
                String label = preferredLabel(labelsOfDocument[sd.doc], language);
                float score = preferred.contains(uri) ? sd.score * 1.5f : sd.score;
                if (label != null && named(queryWords, label)) {
                    score *= NAMED; // the query names the concept's preferred label word for word
                }
                hits.add(new SearchHit(uri, kindOfDocument[sd.doc], label, score));
            }
            hits.sort((a, b) -> Float.compare(b.score(), a.score()));
            if (query.kind() != ConceptKind.SKILL) {
                hits = withRelatedOccupations(hits, language);
            }
            return List.copyOf(hits.subList(0, Math.min(query.top(), hits.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The hits (best first) with the occupations related to the best occupation hit at a share of its score, unless
     * they scored higher by themselves; best first again.
     */
    private List<SearchHit> withRelatedOccupations(List<SearchHit> hits, String language) {
        SearchHit best = hits.stream().filter(hit -> hit.kind() == ConceptKind.OCCUPATION).findFirst().orElse(null);
        if (best == null) {
            return hits;
        }
        Map<String, SearchHit> byUri = new LinkedHashMap<>();
        hits.forEach(hit -> byUri.put(hit.uri(), hit));
        List<String> related = related(best.uri(), language);
        for (int i = 0; i < related.size(); i++) {
            String uri = related.get(i);
            // a little less for each place further down, so that the scores say the order too
            float score = best.score() * RELATED_SHARE * (1 - RELATED_STEP * i);
            SearchHit known = byUri.get(uri);
            if (known == null || known.score() < score) {
                String label = preferredLabel(occupations.get(occupationPositions.get(uri)).labels(), language);
                byUri.put(uri, new SearchHit(uri, ConceptKind.OCCUPATION, label, score));
            }
        }
        List<SearchHit> merged = new ArrayList<>(byUri.values());
        merged.sort((a, b) -> Float.compare(b.score(), a.score()));
        return merged;
    }

    /**
     * The occupations most related to this one, most related first: by the cosine similarity of TF-IDF vectors over
     * the words of their labels and descriptions in a language and over their skills, words and skills counting half
     * each. An occupation split off another in a new ESCO version is described alike and needs much the same skills.
     * Empty for an unknown occupation or language.
     */
    public List<Occupation> relatedOccupations(String occupationUri, String language, int limit) {
        Integer position = occupationPositions.get(occupationUri);
        TfIdfVectors vectors = occupationVectors.get(language);
        if (position == null || vectors == null) {
            return List.of();
        }
        return Arrays.stream(vectors.mostSimilar(position, limit)).mapToObj(occupations::get).toList();
    }

    private List<String> related(String occupationUri, String language) {
        return relatedCache.computeIfAbsent(language + " " + occupationUri, key ->
                relatedOccupations(occupationUri, language, RELATED).stream().map(Occupation::uri).toList());
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
        return anyTerm(words, field, text, word -> word.text().length() >= 5 && docFreq(word) == 0,
                word -> new FuzzyQuery(word, 2, 1, 20, true), 16);
    }

    /**
     * The query's character trigrams that at most {@link #TRIGRAM_MAX_SHARE} of the documents have: a trigram in
     * more is no sign of a spelling variant, adds next to nothing to a score, and its long postings made this clause
     * two thirds of the cost of a search.
     */
    private Query tellingTrigrams(String field, String text) {
        long most = (long) (TRIGRAM_MAX_SHARE * reader.maxDoc());
        return anyTerm(trigrams, field, text, gram -> docFreq(gram) <= most, TermQuery::new, Integer.MAX_VALUE);
    }

    /** Any of the distinct terms that the analyzer makes of the text and that are kept, each as a query; or null. */
    private static Query anyTerm(Analyzer analyzer, String field, String text, Predicate<Term> keep,
            Function<Term, Query> query, int limit) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Set<String> seen = new HashSet<>();
        int added = 0;
        try (var stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                Term candidate = new Term(field, term.toString());
                if (added < limit && seen.add(candidate.text()) && keep.test(candidate)) {
                    any.add(query.apply(candidate), Occur.SHOULD);
                    added++;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return added == 0 ? null : any.build();
    }

    private int docFreq(Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
