package org.kulisse.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A competence framework: qualifications and the units of learning outcomes they are made of, in one or more
 * languages. Immutable; build one with {@link #builder(String)} or change one with the {@code withX} methods.
 *
 * @param id an IRI (or a local identifier) naming the framework
 * @param version the framework's own version label, or null
 * @param title title
 * @param description description (may be empty)
 * @param languages the languages the framework is written in, in order; the first is the main language
 * @param qualifications the qualifications
 * @param units the units of learning outcomes, in order
 * @param mappings mappings of outcomes and units to other vocabularies (ESCO), with provenance
 * @param provenance source, licence, authors and dates
 * @param extensions unknown fields kept from the document
 */
public record CompetenceFramework(
        @NotBlank String id,
        String version,
        @NotNull LocalizedText title,
        LocalizedText description,
        List<String> languages,
        List<@Valid Qualification> qualifications,
        List<@Valid Unit> units,
        List<@Valid Mapping> mappings,
        Provenance provenance,
        Extensions extensions) {

    public CompetenceFramework {
        description = description == null ? LocalizedText.empty() : description;
        languages = Lists.copy(languages);
        qualifications = Lists.copy(qualifications);
        units = Lists.copy(units);
        mappings = Lists.copy(mappings);
        provenance = provenance == null ? Provenance.none() : provenance;
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Optional<Unit> unit(String unitId) {
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
    }

    /** The unit with this code ({@code U3}) or, failing that, this id. */
    public Optional<Unit> unitByCode(String codeOrId) {
        return units.stream().filter(u -> codeOrId.equals(u.code())).findFirst().or(() -> unit(codeOrId));
    }

    public Optional<Qualification> qualification(String qualificationId) {
        return qualifications.stream().filter(q -> q.id().equals(qualificationId)).findFirst();
    }

    public CompetenceFramework withUnits(List<Unit> newUnits) {
        return new CompetenceFramework(id, version, title, description, languages, qualifications, newUnits,
                mappings, provenance, extensions);
    }

    public CompetenceFramework withQualifications(List<Qualification> newQualifications) {
        return new CompetenceFramework(id, version, title, description, languages, newQualifications, units,
                mappings, provenance, extensions);
    }

    public CompetenceFramework withLanguages(List<String> newLanguages) {
        return new CompetenceFramework(id, version, title, description, newLanguages, qualifications, units,
                mappings, provenance, extensions);
    }

    public CompetenceFramework withMappings(List<Mapping> newMappings) {
        return new CompetenceFramework(id, version, title, description, languages, qualifications, units,
                newMappings, provenance, extensions);
    }

    /** The mappings whose subject is this outcome or unit id. */
    public List<Mapping> mappingsOf(String subjectId) {
        return mappings.stream().filter(m -> m.subject().equals(subjectId)).toList();
    }

    public CompetenceFramework withExtensions(Extensions newExtensions) {
        return new CompetenceFramework(id, version, title, description, languages, qualifications, units,
                mappings, provenance, newExtensions);
    }

    /** Collects the parts of a framework; {@link #build()} makes the immutable record. */
    public static final class Builder {
        private final String id;
        private String version;
        private LocalizedText title = LocalizedText.empty();
        private LocalizedText description = LocalizedText.empty();
        private final List<String> languages = new ArrayList<>();
        private final List<Qualification> qualifications = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();
        private final List<Mapping> mappings = new ArrayList<>();
        private Provenance provenance = Provenance.none();
        private Extensions extensions = Extensions.none();

        private Builder(String id) {
            this.id = id;
        }

        public Builder version(String value) {
            this.version = value;
            return this;
        }

        public Builder title(LocalizedText value) {
            this.title = value;
            return this;
        }

        public Builder description(LocalizedText value) {
            this.description = value;
            return this;
        }

        public Builder languages(String... tags) {
            this.languages.addAll(List.of(tags));
            return this;
        }

        public Builder qualification(Qualification value) {
            this.qualifications.add(value);
            return this;
        }

        public Builder unit(Unit value) {
            this.units.add(value);
            return this;
        }

        public Builder units(List<Unit> values) {
            this.units.addAll(values);
            return this;
        }

        public Builder mapping(Mapping value) {
            this.mappings.add(value);
            return this;
        }

        public Builder provenance(Provenance value) {
            this.provenance = value;
            return this;
        }

        public Builder extensions(Extensions value) {
            this.extensions = value;
            return this;
        }

        public CompetenceFramework build() {
            return new CompetenceFramework(id, version, title, description, languages, qualifications, units,
                    mappings, provenance, extensions);
        }
    }
}
