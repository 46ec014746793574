package org.kulisse.examples;

import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.esco.rdf.FrameworkRdf;
import org.kulisse.esco.rdf.FrameworkShapes;
import org.kulisse.esco.rdf.RdfFormat;
import org.kulisse.esco.store.FrameworkStore;
import org.kulisse.esco.store.QueryParams;
import org.kulisse.esco.store.QueryRows;
import org.kulisse.esco.store.ReadyQuery;

/** The README's three-minute example: the framework as linked data, checked with SHACL, queried with SPARQL. */
public final class Ex05_RdfAndSparql {
    private Ex05_RdfAndSparql() {
    }

    public static void main(String[] args) {
        CompetenceFramework backstage = Backstage.framework();
        String turtle = FrameworkRdf.writeString(backstage, RdfFormat.TURTLE);         // ELM + SKOS + SSSOM
        System.out.println("Turtle: " + turtle.lines().count() + " lines, round trip equal: "
                + FrameworkRdf.read(turtle, RdfFormat.TURTLE).equals(backstage));
        System.out.println("SHACL: " + (FrameworkShapes.validate(backstage).conforms() ? "conforms" : "fails"));

        try (FrameworkStore store = FrameworkStore.inMemory()) {
            String graph = store.put(backstage);                                       // its own named graph
            QueryRows qualifications = store.select(ReadyQuery.FRAMEWORKS_BY_EQF,
                    QueryParams.create().iri("eqf", EqfLevel.of(3).uri()));
            System.out.println("EQF 3: " + qualifications.column("title"));
            QueryRows skills = store.select(ReadyQuery.UNIT_SKILLS,
                    QueryParams.create().iri("framework", graph).text("unit", "U3"));
            System.out.println("U3 links " + skills.column("skill").stream().distinct().count() + " ESCO skills, e.g. "
                    + skills.column("skill").get(0));
        }
    }
}
