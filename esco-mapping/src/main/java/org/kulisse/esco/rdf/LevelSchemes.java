package org.kulisse.esco.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.nqf.NationalFramework;
import org.kulisse.core.nqf.NationalFrameworkLevel;
import org.kulisse.core.nqf.NationalFrameworks;

/**
 * The EQF and the national qualifications frameworks as SKOS concept schemes with the EU vocabulary IRIs (EQF levels
 * {@code http://data.europa.eu/snb/eqf/N} in scheme {@value #EQF_SCHEME}; national frameworks and their levels with
 * their QDR IRIs where the EU vocabulary has them, else {@code urn:kulisse:nqf:...}). Each national level that is
 * referenced to an EQF level links to it: {@code skos:exactMatch} when it is the only level of its framework at that
 * EQF level, {@code skos:broadMatch} when several share it (Scotland's SCQF 7 and 8 both sit at EQF 5). Levels without
 * an EQF level (BQF 0, RQF Entry 1 and 2) have no link and say so in a {@code skos:note}.
 */
public final class LevelSchemes {
    /** The EU vocabulary's EQF concept scheme. */
    public static final String EQF_SCHEME = "http://data.europa.eu/snb/eqf/25831c2";

    private LevelSchemes() {
    }

    /** The eight EQF levels. */
    public static Model eqf() {
        Model m = model();
        addEqf(m);
        return m;
    }

    /** The EQF plus every framework of the registry. */
    public static Model of(NationalFrameworks frameworks) {
        Model m = model();
        addEqf(m);
        frameworks.all().forEach(f -> addNational(m, f));
        return m;
    }

    /** The EQF plus the built-in and discovered national frameworks. */
    public static Model all() {
        return of(NationalFrameworks.defaults());
    }

    /** The IRI a national framework's scheme gets. */
    public static String schemeIri(NationalFramework framework) {
        return framework.uri() != null ? framework.uri() : "urn:kulisse:nqf:" + encode(framework.id());
    }

    /** The IRI a national level gets. */
    public static String levelIri(NationalFramework framework, NationalFrameworkLevel level) {
        return level.uri() != null ? level.uri() : "urn:kulisse:nqf:" + encode(framework.id()) + ":"
                + encode(level.label());
    }

    private static Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("eqf", EqfLevel.URI_PREFIX);
        return m;
    }

    private static void addEqf(Model m) {
        Resource scheme = m.createResource(EQF_SCHEME).addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(SKOS.prefLabel, "European Qualifications Framework", "en");
        for (int n = 1; n <= 8; n++) {
            Resource level = m.createResource(EqfLevel.of(n).uri()).addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.prefLabel, "Level " + n, "en").addProperty(SKOS.notation, String.valueOf(n))
                    .addProperty(SKOS.inScheme, scheme).addProperty(SKOS.topConceptOf, scheme);
            scheme.addProperty(SKOS.hasTopConcept, level);
        }
    }

    private static void addNational(Model m, NationalFramework f) {
        Resource scheme = m.createResource(schemeIri(f)).addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(SKOS.prefLabel, f.name(), "en").addProperty(SKOS.notation, f.id());
        f.countries().forEach(c -> scheme.addProperty(DCTerms.coverage, c));
        for (NationalFrameworkLevel l : f.levels()) {
            Resource level = m.createResource(levelIri(f, l)).addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.prefLabel, f.id() + " " + l.label(), "en")
                    .addProperty(SKOS.notation, l.label()).addProperty(SKOS.inScheme, scheme);
            l.aliases().forEach(alias -> level.addProperty(SKOS.altLabel, alias, "en"));
            if (l.eqfLevel() == null) {
                level.addProperty(SKOS.note, "not referenced to an EQF level", "en");
                continue;
            }
            List<NationalFrameworkLevel> shared = f.levelsAt(l.eqfLevel());
            Property link = shared.size() == 1 ? SKOS.exactMatch : SKOS.broadMatch;
            level.addProperty(link, m.createResource(l.eqfLevel().uri()));
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
