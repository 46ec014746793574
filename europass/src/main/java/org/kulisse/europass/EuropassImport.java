package org.kulisse.europass;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kulisse.core.model.LanguageSkill;
import org.kulisse.core.model.Learner;
import org.kulisse.core.model.PersonName;
import org.kulisse.europass.internal.CvModel;

/**
 * A Europass document as read, with what the reader tolerated.
 *
 * @param source the name of the input
 * @param version the schema version the document declares ({@code V3.0} ... {@code V3.4}), or null when it has none
 * @param document the document
 * @param warnings what was tolerated or left out, in document order
 */
public record EuropassImport(String source, String version, EuropassDocument document,
        List<EuropassWarning> warnings) {

    public EuropassImport {
        warnings = warnings.stream().sorted(java.util.Comparator.comparingInt(EuropassWarning::line)
                .thenComparingInt(EuropassWarning::column)).toList();
    }

    /**
     * The learner as Kulisse models one: name, e-mail, full birth date, first nationality (as an ISO code), mother
     * tongues and foreign languages with their CEFR levels. The id is made from the name, since Europass has none.
     */
    public Learner toLearner() {
        EuropassDocument.Identification id = document.identification();
        String given = id == null ? null : id.firstName();
        String family = id == null ? null : id.surname();
        String name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        String learnerId = "europass:" + (name.isEmpty() ? "learner"
                : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-"));
        List<LanguageSkill> languages = new ArrayList<>();
        EuropassDocument.Skills skills = document.skills();
        if (skills != null) {
            for (EuropassDocument.CodeLabel l : skills.motherTongues()) {
                if (l.code() != null) {
                    languages.add(LanguageSkill.motherTongue(l.code()));
                }
            }
            for (EuropassDocument.ForeignLanguage l : skills.foreignLanguages()) {
                if (l.language() != null && l.language().code() != null) {
                    languages.add(new LanguageSkill(l.language().code(), false, cefr(l.listening()),
                            cefr(l.reading()), cefr(l.spokenInteraction()), cefr(l.spokenProduction()),
                            cefr(l.writing())));
                }
            }
        }
        String nationality = id == null ? null : id.nationalities().stream().map(EuropassDocument.CodeLabel::code)
                .filter(c -> c != null && c.matches("[A-Z]{2}")).map(CvModel::isoCountry).findFirst().orElse(null);
        return new Learner(learnerId, new PersonName(given, family),
                id == null || id.birthdate() == null ? null : id.birthdate().toLocalDate().orElse(null),
                nationality, id == null ? null : id.email(), languages, null);
    }

    private static String cefr(String level) {
        return level != null && level.matches(LanguageSkill.CEFR) ? level : null;
    }
}
