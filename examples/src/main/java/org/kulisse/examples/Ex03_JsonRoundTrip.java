package org.kulisse.examples;

import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;

/** Kulisse JSON is lossless: what a partner platform adds (fields Kulisse does not know) survives a round trip. */
public final class Ex03_JsonRoundTrip {
    private Ex03_JsonRoundTrip() {
    }

    public static void main(String[] args) {
        KulisseJson json = KulisseJson.create();
        CompetenceFramework backstage = Backstage.framework();
        String written = json.writeString(backstage);
        CompetenceFramework back = json.readFramework(written);
        System.out.println("Backstage: " + written.length() + " characters, read back equal: " + back.equals(backstage));

        // A partner's document with a field of its own on the framework and on a unit
        String partner = """
                {"kulisse": "1.0", "type": "framework", "id": "https://example.org/frameworks/partner",
                 "title": {"en": "Partner course"}, "languages": ["en"],
                 "x-lms": {"courseId": 4711, "visible": true},
                 "units": [{"id": "P-U1", "code": "U1", "title": {"en": "Get-in"}, "x-lms-section": 3,
                   "learningOutcomes": [{"id": "P-U1-S1", "type": "skill",
                     "statement": {"en": "Unload and carry equipment safely."}}]}]}
                """;
        CompetenceFramework read = json.readFramework(partner);
        System.out.println("unknown fields kept: " + read.extensions().values().keySet() + " and "
                + read.units().get(0).extensions().values().keySet());
        String again = json.writeString(read);
        System.out.println("written again with them: " + again.contains("\"courseId\"") + ", stable: "
                + again.equals(json.writeString(json.readFramework(again))));
    }
}
