package org.kulisse.core.internal.interop;

import static org.kulisse.core.internal.interop.CaseModel.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kulisse.core.interop.InteropIssue;
import org.kulisse.core.interop.InteropResult;
import org.kulisse.core.json.JsonCursor;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.OutcomeType;
import org.kulisse.core.model.Provenance;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;

/**
 * Reads a CASE 1.1 package into a framework. Whatever Kulisse does not map — unknown fields, item types, association
 * types — is kept in the model's extensions ({@link CaseModel}), so that writing the framework back gives the same
 * items and associations.
 */
public final class CaseImport {
    private static final String ESCO = "http://data.europa.eu/esco/";

    /** One CFItem with what the associations say about it. */
    private static final class Item {
        final JsonCursor cursor;
        final String identifier;
        final Map<String, Object> stored;
        final Map<String, Object> ours;
        final List<Item> children = new ArrayList<>();
        final Map<String, Item> translations = new LinkedHashMap<>();
        final List<String> related = new ArrayList<>();
        Item parent;
        boolean translation;
        BigDecimal unitPoints;

        Item(JsonCursor cursor) {
            this.cursor = cursor;
            this.identifier = cursor.string("identifier");
            this.stored = new LinkedHashMap<>(cursor.extensions(DERIVED_ITEM_FIELDS).values());
            Object extensions = stored.get("extensions");
            Map<String, Object> kulisse = Map.of();
            if (extensions instanceof Map<?, ?> ext && ext.get(KULISSE) instanceof Map<?, ?> k) {
                @SuppressWarnings("unchecked")
                Map<String, Object> cast = (Map<String, Object>) k;
                kulisse = cast;
            }
            this.ours = kulisse;
        }

        String type() {
            String type = cursor.string("CFItemType");
            return type == null ? "" : type.trim();
        }
    }

    private final String language;
    private final List<InteropIssue> issues = new ArrayList<>();
    private final Set<String> languages = new LinkedHashSet<>();

    private CaseImport(String language) {
        this.language = language;
    }

    public static InteropResult<CompetenceFramework> read(JsonCursor root, String language) {
        return new CaseImport(language).run(root.object());
    }

    private InteropResult<CompetenceFramework> run(JsonCursor root) {
        JsonCursor document = root.optionalObject("CFDocument");
        if (document == null) {
            issues.add(InteropIssue.error(0, "/CFDocument", "not a CASE package: there is no CFDocument"));
            return new InteropResult<>(null, issues);
        }
        String documentIdentifier = document.string("identifier");
        Map<String, Item> items = new LinkedHashMap<>();
        for (JsonCursor c : root.array("CFItems")) {
            c.object();
            Item item = new Item(c);
            if (item.identifier == null || c.string("fullStatement") == null) {
                issues.add(InteropIssue.error(0, c.pointer(), "a CFItem needs an identifier and a fullStatement"));
                continue;
            }
            if (items.putIfAbsent(item.identifier, item) != null) {
                issues.add(InteropIssue.error(0, c.pointer() + "/identifier", "identifier " + item.identifier
                        + " is used by two CFItems"));
            }
        }
        List<Object> associations = new ArrayList<>();
        for (JsonCursor a : root.array("CFAssociations")) {
            a.object();
            @SuppressWarnings("unchecked")
            Map<String, Object> raw = (Map<String, Object>) a.asJava();
            associations.add(raw);
            String type = a.string("associationType");
            String origin = linkIdentifier(a, "originNodeURI");
            String destination = linkIdentifier(a, "destinationNodeURI");
            Item from = items.get(origin);
            if (type == null || from == null) {
                continue; // kept verbatim, written back as it was
            }
            switch (type) {
                case IS_CHILD_OF -> {
                    Item parent = items.get(destination);
                    if (parent != null) {
                        from.parent = parent;
                        parent.children.add(from);
                    }
                    JsonCursor ext = a.field("extensions").field(KULISSE);
                    if (!ext.isAbsent() && ext.has("ecvet")) {
                        from.unitPoints = ext.decimal("ecvet");
                    }
                }
                case IS_TRANSLATION_OF -> {
                    Item original = items.get(destination);
                    if (original != null) {
                        from.translation = true;
                        String lang = from.cursor.string("language");
                        original.translations.put(lang == null ? "und" : lang, from);
                    }
                }
                case IS_RELATED_TO, EXACT_MATCH_OF -> {
                    String uri = a.field("destinationNodeURI").string("uri");
                    if (uri != null && uri.startsWith(ESCO)) {
                        from.related.add(uri);
                    }
                }
                default -> {
                    // kept verbatim
                }
            }
        }
        List<Qualification> qualifications = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        for (Item item : items.values()) {
            if (item.parent == null && !item.translation) {
                place(item, null, qualifications, units);
            }
        }
        Map<String, Object> storedDocument = new LinkedHashMap<>(document.extensions(DERIVED_DOCUMENT_FIELDS)
                .values());
        Map<String, Object> documentOurs = kulisse(storedDocument);
        Map<String, Object> frameworkExtensions = new LinkedHashMap<>();
        frameworkExtensions.put(EXT_DOCUMENT, storedDocument);
        frameworkExtensions.put(EXT_ASSOCIATIONS, associations);
        Map<String, Object> pkg = root.extensions(PACKAGE_FIELDS).values();
        if (!pkg.isEmpty()) {
            frameworkExtensions.put(EXT_PACKAGE, pkg);
        }
        String id = documentOurs.get("id") instanceof String s ? s
                : documentIdentifier == null ? "urn:uuid:unknown" : "urn:uuid:" + documentIdentifier;
        List<String> frameworkLanguages = new ArrayList<>();
        if (documentOurs.get("languages") instanceof List<?> list) {
            list.forEach(l -> frameworkLanguages.add(String.valueOf(l)));
        } else {
            frameworkLanguages.addAll(languages.isEmpty() ? List.of(language) : languages);
        }
        LocalizedText title = documentOurs.get("title") instanceof Map<?, ?> t ? texts(t)
                : LocalizedText.of(orDefault(document.string("language"), language), orDefault(
                        document.string("title"), id));
        String description = document.string("description");
        CompetenceFramework framework = new CompetenceFramework(id, document.string("version"), title,
                description == null ? null : LocalizedText.of(orDefault(document.string("language"), language),
                        description), frameworkLanguages, qualifications, units, List.of(),
                provenance(documentOurs, document.string("creator")), new Extensions(frameworkExtensions));
        return new InteropResult<>(framework, issues);
    }

    private void place(Item item, QualificationParts parent, List<Qualification> qualifications, List<Unit> units) {
        String kind = kind(item);
        if (kind.equals("qualification")) {
            QualificationParts parts = new QualificationParts();
            for (Item child : item.children) {
                place(child, parts, qualifications, units);
            }
            Object eqf = item.ours.get("eqfLevel");
            Object ecvet = item.ours.get("ecvet");
            EqfLevel level = eqf instanceof BigDecimal d ? EqfLevel.of(d.intValue()) : eqfFromEducationLevel(item);
            qualifications.add(new Qualification(id(item), text(item), null, level, null,
                    ecvet instanceof BigDecimal d ? List.of(CreditPoints.ecvet(d)) : List.of(), parts.units, List.of(),
                    extensions(item)));
            return;
        }
        if (!kind.equals("unit")) {
            issues.add(InteropIssue.warning(0, item.cursor.pointer(), "item " + item.identifier + " (\""
                    + item.type() + "\") has no unit above it; kept as a unit without outcomes"));
        }
        List<LearningOutcome> outcomes = new ArrayList<>();
        for (Item child : item.children) {
            if (!child.children.isEmpty()) {
                issues.add(InteropIssue.warning(0, child.cursor.pointer(), "item " + child.identifier
                        + " is deeper than an outcome; its children are kept as outcomes of the same unit"));
            }
            outcomes.add(outcome(child));
            for (Item grandChild : child.children) {
                outcomes.add(outcome(grandChild));
            }
        }
        Unit unit = new Unit(id(item), item.cursor.string("humanCodingScheme"), text(item), null, outcomes, List.of(),
                List.of(), null, extensions(item));
        units.add(unit);
        if (parent != null) {
            parent.units.add(item.unitPoints == null ? QualificationUnit.mandatory(unit.id())
                    : QualificationUnit.mandatory(unit.id(), CreditPoints.ecvet(item.unitPoints)));
        }
    }

    private LearningOutcome outcome(Item item) {
        OutcomeType type = null;
        for (int i = 0; i < OUTCOME_TYPES.size(); i++) {
            if (OUTCOME_TYPES.get(i).equalsIgnoreCase(item.type())) {
                type = OutcomeType.values()[i];
            }
        }
        if (type == null) {
            issues.add(InteropIssue.warning(0, item.cursor.pointer() + "/CFItemType", "item " + item.identifier
                    + " of type \"" + item.type() + "\" is kept as a skill (Kulisse knows Knowledge, Skill and "
                    + "Competence)"));
            type = OutcomeType.SKILL;
        }
        Object weight = item.ours.get("weight");
        return LearningOutcome.of(type, id(item), item.cursor.string("humanCodingScheme"), text(item),
                weight instanceof BigDecimal d ? d : null, item.related, extensions(item));
    }

    /** Explicit types first, then the shape of the tree: parents of leaves are units, anything higher qualifications. */
    private String kind(Item item) {
        String type = item.type().toLowerCase(Locale.ROOT);
        if (type.equals("qualification")) {
            return "qualification";
        }
        if (type.equals("unit")) {
            return "unit";
        }
        if (item.children.isEmpty()) {
            return "outcome";
        }
        boolean deeper = item.children.stream().anyMatch(c -> !c.children.isEmpty());
        String kind = deeper ? "qualification" : "unit";
        issues.add(InteropIssue.warning(0, item.cursor.pointer() + "/CFItemType", "item " + item.identifier
                + " of type \"" + item.type() + "\" is read as a " + kind + " from its place in the tree"));
        return kind;
    }

    private String id(Item item) {
        return item.ours.get("id") instanceof String s ? s : "urn:uuid:" + item.identifier;
    }

    private LocalizedText text(Item item) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(orDefault(item.cursor.string("language"), language), item.cursor.string("fullStatement"));
        item.translations.forEach((lang, t) -> texts.put(lang, t.cursor.string("fullStatement")));
        languages.addAll(texts.keySet());
        return new LocalizedText(texts);
    }

    private Extensions extensions(Item item) {
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put(EXT_ITEM, item.stored);
        if (!item.translations.isEmpty()) {
            Map<String, Object> translations = new LinkedHashMap<>();
            item.translations.forEach((lang, t) -> translations.put(lang, t.stored));
            ext.put(EXT_TRANSLATIONS, translations);
        }
        return new Extensions(ext);
    }

    /** Kulisse's own provenance block when the package came from Kulisse; otherwise the creator as author. */
    private static Provenance provenance(Map<String, Object> ours, String creator) {
        if (ours.get("provenance") instanceof Map<?, ?> p) {
            List<String> authors = new ArrayList<>();
            if (p.get("authors") instanceof List<?> list) {
                list.forEach(a -> authors.add(String.valueOf(a)));
            }
            return new Provenance(string(p.get("source")), string(p.get("licence")), authors,
                    date(p.get("created")), date(p.get("modified")));
        }
        return creator == null ? Provenance.none() : new Provenance(null, null, List.of(creator), null, null);
    }

    private static String string(Object value) {
        return value instanceof String s ? s : null;
    }

    private static java.time.LocalDate date(Object value) {
        try {
            return value instanceof String s ? java.time.LocalDate.parse(s) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static EqfLevel eqfFromEducationLevel(Item item) {
        for (String level : item.cursor.strings("educationLevel")) {
            var eqf = EqfLevel.fromUri(level);
            if (eqf.isPresent()) {
                return eqf.get();
            }
        }
        return null;
    }

    private static String linkIdentifier(JsonCursor association, String field) {
        JsonCursor link = association.field(field);
        return link.isAbsent() ? null : link.string("identifier");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kulisse(Map<String, Object> stored) {
        return stored.get("extensions") instanceof Map<?, ?> ext && ext.get(KULISSE) instanceof Map<?, ?> k
                ? (Map<String, Object>) k : Map.of();
    }

    private static LocalizedText texts(Map<?, ?> map) {
        Map<String, String> texts = new LinkedHashMap<>();
        map.forEach((k, v) -> texts.put(String.valueOf(k), String.valueOf(v)));
        return new LocalizedText(texts);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The units a qualification collects while its subtree is placed. */
    private static final class QualificationParts {
        final List<QualificationUnit> units = new ArrayList<>();
    }

}
