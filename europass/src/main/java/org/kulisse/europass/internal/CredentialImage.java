package org.kulisse.europass.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Unit;
import org.kulisse.europass.AchievedUnit;
import org.kulisse.europass.LearnerAchievement;

/**
 * The picture of a credential that EDC viewers show: an SVG page with the learner, the qualification, its EQF level,
 * the achieved units and points. SVG because it is text: no fonts or imaging libraries are needed to make it.
 */
final class CredentialImage {
    private static final int WIDTH = 842;
    private static final int LINE = 22;

    private CredentialImage() {
    }

    static String svg(LearnerAchievement a, String language) {
        Phrases phrases = Phrases.of(language);
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"title", text(a.qualification().title(), language)});
        lines.add(new String[] {"name", (a.learner().name().given() + " " + a.learner().name().family()).strip()});
        lines.add(new String[] {"", phrases.get("certificate.eqf",
                Integer.toString(a.qualification().eqfLevel().value()))});
        if (a.provider() != null) {
            lines.add(new String[] {"", phrases.get("certificate.awardedBy", a.provider().name())});
        }
        if (a.awarded() != null) {
            lines.add(new String[] {"", phrases.get("certificate.date", a.awarded().toString())});
        }
        for (AchievedUnit achieved : a.units()) {
            Unit unit = a.unit(achieved);
            String detail = achieved.complete()
                    ? (achieved.points() == null ? "" : " – " + points(phrases, achieved.points()))
                    : " – " + phrases.get("unit.partial", Integer.toString(achieved.outcomes().size()),
                            Integer.toString(unit.learningOutcomes().size()));
            lines.add(new String[] {"unit", (unit.code() == null ? "" : unit.code() + " ")
                    + text(unit.title(), language) + detail});
        }
        a.points(CreditPoints.ECVET).ifPresent(p -> lines.add(new String[] {"", points(phrases, p)}));
        int height = 120 + lines.size() * LINE;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"sans-serif\">");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\" stroke=\"#003399\" stroke-width=\"6\"/>");
        int y = 60;
        for (String[] line : lines) {
            String size = switch (line[0]) {
                case "title" -> "24";
                case "name" -> "20";
                default -> "14";
            };
            svg.append("<text x=\"40\" y=\"").append(y).append("\" font-size=\"").append(size).append('"')
                    .append(line[0].equals("title") ? " font-weight=\"bold\"" : "").append('>')
                    .append(Entities.escape(line[1])).append("</text>");
            y += line[0].equals("title") ? LINE + 14 : LINE;
        }
        return svg.append("</svg>").toString();
    }

    private static String text(LocalizedText text, String language) {
        return text.getOrFirst(language).orElse("");
    }

    private static String points(Phrases phrases, CreditPoints points) {
        java.math.BigDecimal value = points.value().stripTrailingZeros();
        return phrases.get("ecvet.points", value.scale() < 0 ? value.setScale(0).toPlainString()
                : value.toPlainString());
    }
}
