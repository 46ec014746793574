package org.kulisse.esco.internal;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/** Lucene's language analyzers for the ESCO languages (stemming, stop words); others get the standard analyzer. */
public final class Analyzers {
    private Analyzers() {
    }

    public static Analyzer forLanguage(String tag) {
        String language = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return switch (language) {
            case "en" -> new EnglishAnalyzer();
            case "it" -> new ItalianAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "bg" -> new BulgarianAnalyzer();
            case "nb", "no", "nn" -> new NorwegianAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "pt" -> new PortugueseAnalyzer();
            case "nl" -> new DutchAnalyzer();
            case "sv" -> new SwedishAnalyzer();
            case "da" -> new DanishAnalyzer();
            case "fi" -> new FinnishAnalyzer();
            case "cs" -> new CzechAnalyzer();
            case "el" -> new GreekAnalyzer();
            case "hu" -> new HungarianAnalyzer();
            case "ro" -> new RomanianAnalyzer();
            case "lt" -> new LithuanianAnalyzer();
            case "lv" -> new LatvianAnalyzer();
            case "et" -> new EstonianAnalyzer();
            case "ga" -> new IrishAnalyzer();
            case "ar" -> new ArabicAnalyzer();
            default -> new StandardAnalyzer();
        };
    }

    /** Character trigrams of the lower-cased, accent-folded text: matches spelling variants and compounds. */
    public static Analyzer trigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new NGramTokenizer(3, 3);
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return reader;
            }
        };
    }
}
