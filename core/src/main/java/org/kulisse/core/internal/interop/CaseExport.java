package org.kulisse.core.internal.interop;

import static org.kulisse.core.internal.interop.CaseModel.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kulisse.core.json.JsonOut;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;

/** Writes a CASE 1.1 package. */
public final class CaseExport {
    private final CompetenceFramework f;
    private final String mainLanguage;
    private final String time;
    private final JsonOut documentLink;
    private final String documentIdentifier;
    private final List<JsonOut> items = new ArrayList<>();
    private final List<JsonOut> associations = new ArrayList<>();
    private final Map<String, Map<String, Object>> storedAssociations = new LinkedHashMap<>();
    private final Set<String> usedAssociations = new LinkedHashSet<>();

    private CaseExport(CompetenceFramework f) {
        this.f = f;
        this.mainLanguage = f.languages().isEmpty() ? f.title().languages().stream().findFirst().orElse("en")
                : f.languages().get(0);
        var p = f.provenance();
        this.time = p.modified() != null ? p.modified() + "T00:00:00+00:00"
                : p.created() != null ? p.created() + "T00:00:00+00:00" : DEFAULT_TIME;
        Map<String, Object> storedDocument = stored(f.extensions(), EXT_DOCUMENT);
        this.documentIdentifier = string(storedDocument.get("identifier"), NameBasedUuid.of(f.id()).toString());
        this.documentLink = link(text(f.title()), documentIdentifier, string(storedDocument.get("uri"),
                "urn:uuid:" + documentIdentifier));
        Object stored = f.extensions().values().get(EXT_ASSOCIATIONS);
        if (stored instanceof List<?> list) {
            for (Object a : list) {
                if (a instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> association = (Map<String, Object>) map;
                    storedAssociations.put(key(association), association);
                }
            }
        }
    }

    public static JsonOut write(CompetenceFramework f) {
        return new CaseExport(f).run();
    }

    private JsonOut run() {
        Map<String, Object> storedDocument = stored(f.extensions(), EXT_DOCUMENT);
        Map<String, Object> kulisse = new LinkedHashMap<>();
        kulisse.put("id", f.id());
        kulisse.put("languages", f.languages());
        if (!f.title().isEmpty() && f.title().languages().size() > 1) {
            kulisse.put("title", f.title().texts());
        }
        var source = f.provenance();
        if (!source.isEmpty()) {
            Map<String, Object> provenance = new LinkedHashMap<>();
            putIfSet(provenance, "source", source.source());
            putIfSet(provenance, "licence", source.licence());
            if (!source.authors().isEmpty()) {
                provenance.put("authors", source.authors());
            }
            putIfSet(provenance, "created", source.created() == null ? null : source.created().toString());
            putIfSet(provenance, "modified", source.modified() == null ? null : source.modified().toString());
            kulisse.put("provenance", provenance);
        }
        JsonOut document = JsonOut.object()
                .put("identifier", documentIdentifier)
                .put("uri", string(storedDocument.get("uri"), "urn:uuid:" + documentIdentifier))
                .put("creator", f.provenance().authors().isEmpty() ? string(storedDocument.get("creator"), "Kulisse")
                        : String.join(", ", f.provenance().authors()))
                .put("title", text(f.title()))
                .put("lastChangeDateTime", string(storedDocument.get("lastChangeDateTime"), time))
                .put("description", f.description().isEmpty() ? null : text(f.description()))
                .put("language", mainLanguage)
                .put("version", f.version())
                .putExtensions(without(storedDocument, "identifier", "uri", "creator", "lastChangeDateTime",
                        "extensions"))
                .put("extensions", extensions(storedDocument, kulisse));

        List<String> placed = new ArrayList<>();
        int sequence = 1;
        for (Qualification q : f.qualifications()) {
            Map<String, Object> ours = new LinkedHashMap<>();
            ours.put("id", q.id());
            if (q.eqfLevel() != null) {
                ours.put("eqfLevel", BigDecimal.valueOf(q.eqfLevel().value()));
            }
            q.pointsIn(CreditPoints.ECVET).ifPresent(p -> ours.put("ecvet", p.value()));
            String qIdentifier = item(q.id(), q.title(), null, QUALIFICATION,
                    q.eqfLevel() == null ? List.of() : List.of(q.eqfLevel().uri()), q.extensions(), ours);
            childOf(qIdentifier, text(q.title()), documentLink, sequence++, null);
            int unitSequence = 1;
            for (QualificationUnit qu : q.units()) {
                var unit = f.unit(qu.unit());
                if (unit.isPresent() && !placed.contains(unit.get().id())) {
                    placed.add(unit.get().id());
                    Map<String, Object> points = new LinkedHashMap<>();
                    qu.pointsIn(CreditPoints.ECVET).ifPresent(p -> points.put("ecvet", p.value()));
                    String uIdentifier = unit(unit.get());
                    childOf(uIdentifier, text(unit.get().title()), link(text(q.title()), qIdentifier,
                            uri(qIdentifier, q.extensions())), unitSequence++, points.isEmpty() ? null : points);
                }
            }
        }
        for (Unit unit : f.units()) {
            if (!placed.contains(unit.id())) {
                String uIdentifier = unit(unit);
                childOf(uIdentifier, text(unit.title()), documentLink, sequence++, null);
            }
        }
        for (Map.Entry<String, Map<String, Object>> stored : storedAssociations.entrySet()) {
            if (!usedAssociations.contains(stored.getKey())) {
                associations.add(JsonOut.object().putExtensions(new Extensions(stored.getValue())));
            }
        }
        Map<String, Object> pkg = stored(f.extensions(), EXT_PACKAGE);
        return JsonOut.object()
                .put("CFDocument", document)
                .putObjectsOrEmpty("CFItems", items)
                .putObjectsOrEmpty("CFAssociations", associations)
                .putExtensions(new Extensions(pkg));
    }

    private String unit(Unit unit) {
        Map<String, Object> ours = new LinkedHashMap<>();
        ours.put("id", unit.id());
        String identifier = item(unit.id(), unit.title(), unit.code(), UNIT, List.of(), unit.extensions(), ours);
        int sequence = 1;
        for (LearningOutcome o : unit.learningOutcomes()) {
            Map<String, Object> oursO = new LinkedHashMap<>();
            oursO.put("id", o.id());
            if (o.weight() != null) {
                oursO.put("weight", o.weight());
            }
            String type = OUTCOME_TYPES.get(o.type().ordinal());
            String oIdentifier = item(o.id(), o.statement(), o.code(), type, List.of(), o.extensions(), oursO);
            childOf(oIdentifier, text(o.statement()), link(text(unit.title()), identifier,
                    uri(identifier, unit.extensions())), sequence++, null);
            for (String iri : o.relatedConcepts()) {
                JsonOut origin = link(text(o.statement()), oIdentifier, uri(oIdentifier, o.extensions()));
                String destination = NameBasedUuid.of(iri).toString();
                String storedKey = findRelated(oIdentifier, iri);
                association(storedKey != null ? storedKey : IS_RELATED_TO + "|" + oIdentifier + "|" + destination,
                        storedKey != null ? (String) storedAssociations.get(storedKey).get("associationType")
                                : IS_RELATED_TO, origin, link(iri, destination, iri), null, null);
            }
        }
        return identifier;
    }

    /** Writes an item (and its translations) and returns its identifier. */
    private String item(String id, LocalizedText text, String code, String type, List<String> educationLevel,
            Extensions modelExtensions, Map<String, Object> ours) {
        Map<String, Object> stored = stored(modelExtensions, EXT_ITEM);
        String identifier = string(stored.get("identifier"), NameBasedUuid.of(f.id() + " " + id).toString());
        String language = text.has(mainLanguage) ? mainLanguage : text.languages().stream().findFirst()
                .orElse(mainLanguage);
        items.add(JsonOut.object()
                .put("identifier", identifier)
                .put("uri", string(stored.get("uri"), "urn:uuid:" + identifier))
                .put("fullStatement", text.get(language).orElse(id))
                .put("humanCodingScheme", code != null ? code : string(stored.get("humanCodingScheme"), null))
                .put("CFItemType", string(stored.get("CFItemType"), type))
                .put("language", language)
                .putStrings("educationLevel", educationLevel.isEmpty() && stored.get("educationLevel") == null
                        ? List.of() : educationLevel)
                .put("lastChangeDateTime", string(stored.get("lastChangeDateTime"), time))
                .put("CFDocumentURI", documentLink)
                .putExtensions(without(stored, "identifier", "uri", "lastChangeDateTime", "educationLevel",
                        "CFItemType", "humanCodingScheme", "extensions"))
                .put("extensions", extensions(stored, ours)));
        Map<String, Object> translations = stored(modelExtensions, EXT_TRANSLATIONS);
        for (Map.Entry<String, String> entry : text.texts().entrySet()) {
            if (entry.getKey().equals(language)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> storedTranslation = translations.get(entry.getKey()) instanceof Map<?, ?> m
                    ? (Map<String, Object>) m : Map.of();
            String tIdentifier = string(storedTranslation.get("identifier"),
                    NameBasedUuid.of(f.id() + " " + id + "#" + entry.getKey()).toString());
            String tUri = string(storedTranslation.get("uri"), "urn:uuid:" + tIdentifier);
            items.add(JsonOut.object()
                    .put("identifier", tIdentifier)
                    .put("uri", tUri)
                    .put("fullStatement", entry.getValue())
                    .put("humanCodingScheme", code != null ? code
                            : string(storedTranslation.get("humanCodingScheme"), null))
                    .put("CFItemType", string(storedTranslation.get("CFItemType"), type))
                    .put("language", entry.getKey())
                    .put("lastChangeDateTime", string(storedTranslation.get("lastChangeDateTime"), time))
                    .put("CFDocumentURI", documentLink)
                    .putExtensions(without(storedTranslation, "identifier", "uri", "lastChangeDateTime",
                            "CFItemType", "humanCodingScheme")));
            association(IS_TRANSLATION_OF + "|" + tIdentifier + "|" + identifier, IS_TRANSLATION_OF,
                    link(entry.getValue(), tIdentifier, tUri), link(text.get(language).orElse(id), identifier,
                            string(stored.get("uri"), "urn:uuid:" + identifier)), null, null);
        }
        return identifier;
    }

    private void childOf(String child, String childTitle, JsonOut parent, int sequence, Map<String, Object> ours) {
        String parentIdentifier = parentIdentifiers.getOrDefault(parent, documentIdentifier);
        association(IS_CHILD_OF + "|" + child + "|" + parentIdentifier, IS_CHILD_OF,
                link(childTitle, child, "urn:uuid:" + child), parent, sequence, ours);
    }

    private final Map<JsonOut, String> parentIdentifiers = new java.util.IdentityHashMap<>();

    private JsonOut link(String title, String identifier, String uri) {
        JsonOut link = JsonOut.object().put("title", title).put("identifier", identifier).put("uri", uri);
        parentIdentifiers.put(link, identifier);
        return link;
    }

    private void association(String key, String type, JsonOut origin, JsonOut destination, Integer sequence,
            Map<String, Object> ours) {
        Map<String, Object> stored = storedAssociations.getOrDefault(key, Map.of());
        usedAssociations.add(key);
        String identifier = string(stored.get("identifier"), NameBasedUuid.of(key).toString());
        if (!stored.isEmpty()) {
            // a stored association keeps its own links (titles, URIs) as they were
            associations.add(JsonOut.object().putExtensions(without(stored, "extensions"))
                    .put("extensions", extensions(stored, ours)));
            return;
        }
        associations.add(JsonOut.object()
                .put("identifier", identifier)
                .put("uri", "urn:uuid:" + identifier)
                .put("associationType", type)
                .put("sequenceNumber", sequence == null ? null : BigDecimal.valueOf(sequence))
                .put("originNodeURI", origin)
                .put("destinationNodeURI", destination)
                .put("lastChangeDateTime", time)
                .put("CFDocumentURI", documentLink)
                .put("extensions", ours == null ? null : extensions(Map.of(), ours)));
    }

    private String findRelated(String originIdentifier, String iri) {
        for (Map.Entry<String, Map<String, Object>> e : storedAssociations.entrySet()) {
            String type = String.valueOf(e.getValue().get("associationType"));
            if ((type.equals(IS_RELATED_TO) || type.equals(EXACT_MATCH_OF)) && e.getKey().startsWith(type + "|"
                    + originIdentifier + "|") && iri.equals(destinationUri(e.getValue()))) {
                return e.getKey();
            }
        }
        return null;
    }

    static String destinationUri(Map<String, Object> association) {
        return association.get("destinationNodeURI") instanceof Map<?, ?> d ? String.valueOf(d.get("uri")) : null;
    }

    /** {@code type|origin identifier|destination identifier}: how an association is recognised on the way back. */
    static String key(Map<String, Object> association) {
        return association.get("associationType") + "|" + identifierOf(association.get("originNodeURI")) + "|"
                + identifierOf(association.get("destinationNodeURI"));
    }

    private static String identifierOf(Object link) {
        return link instanceof Map<?, ?> m ? String.valueOf(m.get("identifier")) : "";
    }

    private String uri(String identifier, Extensions extensions) {
        return string(stored(extensions, EXT_ITEM).get("uri"), "urn:uuid:" + identifier);
    }

    private JsonOut extensions(Map<String, Object> stored, Map<String, Object> ours) {
        Map<String, Object> merged = new LinkedHashMap<>();
        if (stored.get("extensions") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> merged.put(String.valueOf(k), v));
        }
        if (ours != null && !ours.isEmpty()) {
            merged.put(KULISSE, ours);
        } else {
            merged.remove(KULISSE);
        }
        return merged.isEmpty() ? null : JsonOut.object().putExtensions(new Extensions(merged));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> stored(Extensions extensions, String key) {
        return extensions.values().get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Extensions without(Map<String, Object> map, String... keys) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        for (String key : keys) {
            copy.remove(key);
        }
        return new Extensions(copy);
    }

    private String text(LocalizedText text) {
        return text.get(mainLanguage).or(() -> text.getOrFirst(mainLanguage)).orElse("");
    }

    private static void putIfSet(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String string(Object value, String fallback) {
        return value instanceof String s && !s.isEmpty() ? s : fallback;
    }
}
