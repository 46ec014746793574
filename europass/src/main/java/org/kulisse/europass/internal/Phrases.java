package org.kulisse.europass.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** The fixed phrases of the Europass output in one language (English where a language has no file). */
public final class Phrases {
    private static final String BUNDLE = "org.kulisse.europass.internal.phrases";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Phrases(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: output must not depend on the machine.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Phrases of(String language) {
        return new Phrases(Locale.forLanguageTag(language));
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A phrase that only some codes have (labels of code lists). */
    public Optional<String> find(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** A country's name in this language, from the JDK's locale data. */
    public String country(String isoCode) {
        return new Locale("", isoCode).getDisplayCountry(locale);
    }

    /** A language's name in this language, from the JDK's locale data. */
    public String language(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(locale);
    }
}
