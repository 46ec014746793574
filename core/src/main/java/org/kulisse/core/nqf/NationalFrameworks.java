package org.kulisse.core.nqf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.kulisse.core.ConfigurationException;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.spi.NationalFrameworkProvider;

/**
 * The national frameworks Kulisse knows: the built-in ones (IT, DE, BG, NO, England/Northern Ireland, Scotland,
 * Ireland, France), any found through {@link NationalFrameworkProvider} with {@link ServiceLoader}, and any
 * registered by hand. Immutable and thread-safe.
 *
 * <pre>{@code
 * NationalFrameworks nqf = NationalFrameworks.defaults();
 * nqf.toEqf("NO", "5.1");                  // Optional[EQF 5]
 * nqf.levelsAt("IE", EqfLevel.of(6));      // NFQ 7 and 8
 * }</pre>
 */
public final class NationalFrameworks {

    private static volatile NationalFrameworks defaults;

    private final Map<String, NationalFramework> byId;

    private NationalFrameworks(Map<String, NationalFramework> byId) {
        this.byId = byId;
    }

    /** The frameworks discovered on the class path of this library (built-ins included); computed once. */
    public static NationalFrameworks defaults() {
        NationalFrameworks result = defaults;
        if (result == null) {
            synchronized (NationalFrameworks.class) {
                result = defaults;
                if (result == null) {
                    result = builder().discover(NationalFrameworks.class.getClassLoader()).build();
                    defaults = result;
                }
            }
        }
        return result;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<NationalFramework> all() {
        return List.copyOf(byId.values());
    }

    /** The framework with this id ({@code DQR}), ignoring case. */
    public Optional<NationalFramework> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id.toUpperCase(Locale.ROOT)));
    }

    /**
     * The frameworks of a country. {@code GB} alone gives those of every UK nation ({@code GB-ENG}, {@code GB-NIR},
     * {@code GB-SCT}, ...).
     */
    public List<NationalFramework> byCountry(String country) {
        String code = country.trim().toUpperCase(Locale.ROOT);
        return byId.values().stream()
                .filter(f -> f.covers(code) || f.countries().stream().anyMatch(c -> c.startsWith(code + "-")))
                .toList();
    }

    /** The level with this label in the frameworks of a country; empty when the country or level is unknown. */
    public Optional<Match> find(String country, String levelLabel) {
        for (NationalFramework framework : byCountry(country)) {
            Optional<NationalFrameworkLevel> level = framework.level(levelLabel);
            if (level.isPresent()) {
                return Optional.of(new Match(framework, level.get()));
            }
        }
        return Optional.empty();
    }

    /** The EQF level a national level is referenced to; empty when unknown or not referenced. */
    public Optional<EqfLevel> toEqf(String country, String levelLabel) {
        return find(country, levelLabel).flatMap(m -> m.level().eqf());
    }

    /** The levels of a country's frameworks referenced to an EQF level. */
    public List<Match> levelsAt(String country, EqfLevel eqf) {
        List<Match> matches = new ArrayList<>();
        for (NationalFramework framework : byCountry(country)) {
            framework.levelsAt(eqf).forEach(level -> matches.add(new Match(framework, level)));
        }
        return matches;
    }

    /**
     * A level together with the framework it belongs to.
     *
     * @param framework the framework
     * @param level the level
     */
    public record Match(NationalFramework framework, NationalFrameworkLevel level) {
    }

    /** Collects frameworks from providers; a second framework with an id already taken is a configuration error. */
    public static final class Builder {
        private final Map<String, NationalFramework> byId = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds every provider that {@link ServiceLoader} finds with this class loader. */
        public Builder discover(ClassLoader loader) {
            for (NationalFrameworkProvider provider : ServiceLoader.load(NationalFrameworkProvider.class, loader)) {
                add(provider);
            }
            return this;
        }

        public Builder add(NationalFrameworkProvider provider) {
            List<NationalFramework> frameworks = provider.frameworks();
            if (frameworks == null) {
                throw new ConfigurationException(provider.getClass().getName() + " returned no list of frameworks");
            }
            frameworks.forEach(this::add);
            return this;
        }

        public Builder add(NationalFramework framework) {
            String key = framework.id().toUpperCase(Locale.ROOT);
            NationalFramework previous = byId.putIfAbsent(key, framework);
            if (previous != null && !previous.equals(framework)) {
                throw new ConfigurationException("two national frameworks have the id " + framework.id());
            }
            return this;
        }

        public NationalFrameworks build() {
            return new NationalFrameworks(new LinkedHashMap<>(byId));
        }
    }
}
